/**
 * Type-checked, never run (`npx tsc --noEmit -p test/types`): the elements in a React 19 app's
 * JSX with src/jsx.ts. Correct props pass; each `@ts-expect-error` line is a mistake the types
 * must refuse, and tsc fails if one of them is accepted.
 */
import { useRef, useState } from 'react';
import type {} from '../../src/jsx.js';
import type { Guide } from '../../src/contract/schema.js';
import type { CareerLoadEvent, CareerSelectEvent } from '../../src/element/events.js';
import type { CareerSalary } from '../../src/salary/salary.js';

export function CareerPage({ guide }: { guide: Guide }) {
  const salary = useRef<CareerSalary>(null);
  const [selected, setSelected] = useState<string>();
  const onLoad = (event: CareerLoadEvent) => console.log(event.detail.guide.title, event.detail.source);

  return (
    <main>
      <career-salary
        ref={salary}
        data={guide}
        locale="de-DE"
        theme="dark"
        className="wide"
        style={{ maxWidth: 720 }}
        oncareer-load={onLoad}
        oncareer-error={(event) => console.warn(event.detail.kind, event.detail.status, event.detail.issues.map((issue) => issue.path))}
        oncareer-select={(event) => setSelected(`${event.detail.id}: ${event.detail.value ?? ''}`)}
      />
      <career-tiers src="/guides/operations-engineer.json" theme="auto" />
      <career-demand career="operations-engineer" />
      <career-skills data={JSON.stringify(guide)} heading-level={4} />
      <career-skills data={guide} heading-level="3" headingLevel={3} />
      <career-demand data={guide} />
      <career-facts data={guide} locale="fr" />
      <career-day data={guide} />
      <career-balance data={guide} theme="light" />
      <career-guide src="/guides/operations-engineer.json" heading-level={1} sections="salary tiers faq" oncareer-select={(event: CareerSelectEvent) => setSelected(event.detail.label)} />
      <career-guide data={guide} structured-data="off" />
      <career-guide data={guide} structuredData="on" />
      <career-salary>
        <script type="application/json" dangerouslySetInnerHTML={{ __html: JSON.stringify(guide) }} />
      </career-salary>
      <p>{selected}</p>

      {/* Mistakes the types refuse. */}
      {/* @ts-expect-error: theme is light, dark or auto */}
      <career-salary theme="purple" />
      {/* @ts-expect-error: data is a guide or its JSON text, not a number */}
      <career-salary data={42} />
      {/* @ts-expect-error: src is a URL string */}
      <career-salary src={new URL('https://example.com/guide.json')} />
      {/* @ts-expect-error: career-select carries a CareerSelectEvent, not a CareerLoadEvent */}
      <career-salary oncareer-select={onLoad} />
      {/* @ts-expect-error: a CareerSelectEvent's detail has no guide */}
      <career-salary oncareer-select={(event) => console.log(event.detail.guide)} />
      {/* @ts-expect-error: career-skills headings go from 2 to 6 */}
      <career-skills heading-level={9} />
      {/* @ts-expect-error: sections belongs to career-guide only */}
      <career-salary sections="salary" />
      {/* @ts-expect-error: structured data is on or off */}
      <career-guide structured-data="none" />
      {/* @ts-expect-error: structuredData belongs to career-guide only */}
      <career-salary structuredData="off" />
      {/* @ts-expect-error: the ref of a career-salary is a CareerSalary, not a div */}
      <career-salary ref={useRef<HTMLDivElement>(null)} />
    </main>
  );
}
