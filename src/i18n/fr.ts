/**
 * The elements' own words in French ("vous"). Proper nouns and the guide's data stay as they are.
 * Typography: a no-break space (U+00A0) before a colon, a narrow no-break space (U+202F) before
 * `;`, `?` and `!`, and the typographic apostrophe.
 */
import type { Messages } from './en.js';

/** French plural: 0 and 1 take the singular. */
const plural = (count: number, one: string, other: string) => (count < 2 ? one : other);

export const fr: Messages = {
  loading: 'Chargement du guide métier…',
  retry: 'Réessayer',
  errorTitle: 'Impossible d’afficher ce graphique.',
  moreIssues: (count) => `et ${count} ${plural(count, 'autre', 'autres')}`,
  keyboardHint: 'Utilisez les touches fléchées pour passer d’un élément à l’autre, et Entrée pour en sélectionner un.',
  // A no-break space before the colon, as everywhere in this module.
  label: (name, value) => `${name}\u00a0: ${value}`,
  cue: 'Survol ou flèches pour les détails',
  showTable: 'Afficher sous forme de tableau',
  updated: (name) => `${name} mis à jour`,
  sourceAt: (name, url) => `Source\u00a0: ${name}, ${url}`,
  fromTo: (from, to) => `${from} à ${to}`,
  downloads: {
    menu: 'Télécharger',
    csv: 'Télécharger les données (CSV)',
    svg: 'Télécharger l’image (SVG)',
    png: 'Télécharger l’image (PNG)',
    copy: 'Copier les chiffres',
    failed: 'Le téléchargement n’a pas pu être créé.',
  },
  salary: {
    name: 'Salaire',
    // en.ts types its by-period ternaries as their English literals; the casts let other words in.
    title: (period): string => (period === 'year' ? 'Salaire annuel' : 'Salaire horaire'),
    titleFor: (title, occupation) => `${title}\u00a0: ${occupation}`,
    empty: 'Ce guide ne contient aucune donnée salariale.',
    range: 'Fourchette',
    median: 'Médiane',
    topEarners: (percent) => `${percent} les mieux payés`,
    from: (amount) => `à partir de ${amount}`,
    perPeriod: (period): string => (period === 'year' ? 'par an' : 'par heure'),
    percentile: (rank) => `${rank === 1 ? '1er' : `${rank}e`} centile`,
    rangeBasis: {
      'p10-p90': 'du 10e au 90e centile',
      'p25-p75': 'du 25e au 75e centile',
      'min-max': 'du minimum au maximum',
      typical: 'valeurs habituelles',
    },
    rangeMeaning: {
      'p10-p90': 'Fourchette\u00a0: les 80\u00a0% centraux des salaires, du 10e au 90e centile',
      'p25-p75': 'Fourchette\u00a0: la moitié centrale des salaires, du 25e au 75e centile',
      'min-max': 'Fourchette\u00a0: du salaire le plus bas au plus élevé relevé',
      typical: 'Fourchette\u00a0: salaires habituels, tels que la source les donne',
    },
    openEnded: (label) => `${label}\u00a0: sans limite supérieure, comme l’indique la flèche`,
    provenance: (source, asOf) =>
      [source && `Source\u00a0: ${source}`, asOf && `${source ? 'données' : 'Données'} de ${asOf}`].filter(Boolean).join(' · '),
    tableCaption: 'Données salariales',
    tableFigure: 'Indicateur',
    tableAmount: 'Montant',
    // "en/au/aux <pays>" depends on the country, so the place follows a comma; "entre … et …"
    // spares eliding "de" before a level's name.
    summary: (parts) =>
      [
        `Salaire ${parts.period}, ${parts.place}.`,
        parts.rise ? ` Le salaire augmente de ${parts.rise.by} entre ${parts.rise.from} et ${parts.rise.to}.` : '',
        parts.medianAt ? ` La médiane se situe dans le tiers ${{ low: 'inférieur', middle: 'central', high: 'supérieur' }[parts.medianAt]} de la fourchette.` : '',
      ].join(''),
  },
  guide: {
    empty: 'Ce guide est vide.',
    contents: 'Sommaire',
    sections: {
      facts: 'Chiffres clés',
      demand: 'Demande du marché',
      salary: 'Salaire',
      'core-functions': 'Fonctions principales',
      responsibilities: 'Responsabilités clés',
      'work-setting': 'Environnement de travail',
      'tech-stack': 'Stack technique',
      qualifications: 'Compétences et qualifications',
      path: 'Accéder au métier',
      'required-education': 'Formation requise',
      tiers: 'Étapes de carrière',
      'global-outlook': 'Perspectives internationales',
      'job-market': 'Le marché de l’emploi aujourd’hui',
      day: 'Une journée de travail',
      'work-life': 'Stress et équilibre vie professionnelle-vie privée',
      skills: 'Carte des compétences',
      'pros-cons': 'Avantages et inconvénients',
      mistakes: 'Erreurs courantes des débutants',
      advice: 'Conseils selon votre situation',
      'case-studies': 'Exemples et études de cas',
      portfolio: 'Conseils pour votre portfolio',
      outlook: 'Perspectives d’emploi',
      'related-roles': 'Métiers connexes',
      faq: 'Questions fréquentes',
      sources: 'Sources et références',
    },
    education: 'Niveau d’études',
    techSkills: 'Compétences techniques',
    softSkills: 'Savoir-être',
    challenges: 'Défis du métier',
    growthPaths: 'Perspectives d’évolution',
    trends: 'Tendances du secteur',
    pros: 'Avantages',
    cons: 'Inconvénients',
    takeaway: 'À retenir\u00a0:',
    growthRate: 'Taux de croissance\u00a0:',
    status: 'Situation\u00a0:',
    source: 'Source\u00a0:',
    asOf: 'Données de',
  },
  facts: {
    title: 'Chiffres clés',
    empty: 'Ce guide ne contient aucun chiffre clé.',
    growthRate: { label: 'taux de croissance' },
    medianSalary: { label: 'salaire médian' },
    remoteFriendly: { label: 'mode de travail', yes: 'Télétravail possible', no: 'Sur site' },
    outlookStatus: { label: 'perspectives' },
    perPeriod: (period): string => (period === 'year' ? 'par an' : 'par heure'),
    source: (name, asOf) => (asOf ? `Source\u00a0: ${name}, ${asOf}` : `Source\u00a0: ${name}`),
    summary: (labels) => `Chiffres clés\u00a0: ${labels.join(', ')}.`,
  },
  tiers: {
    title: 'Étapes de carrière',
    empty: 'Ce guide ne contient aucune étape de carrière.',
    axisTitle: 'Années d’expérience',
    orMore: '+',
    subtitle: (period, place, currency) => `Salaires ${period}, ${place} (${currency})`,
    hint: 'Flèches, survol\u00a0; Entrée\u00a0: détails ci-dessous',
    tableCaption: 'Étapes de carrière',
    tableTier: 'Étape',
    tableYears: 'Années d’expérience',
    tableSalary: 'Salaire',
    tableSummary: 'Nature du travail',
    summary: (parts) =>
      `${parts.countText} ${plural(parts.count, 'étape de carrière', 'étapes de carrière')} selon les années d’expérience${parts.open ? ', la dernière sans limite' : ''}.${parts.payRises ? ' Le salaire augmente d’une étape à l’autre.' : ''}`,
  },
  skills: {
    title: 'Carte des compétences',
    empty: 'Ce guide ne contient pas de carte des compétences.',
    levelOf: (position, total) => `Niveau ${position} sur ${total}`,
    buildsOn: (previous) => `S’appuie sur ${previous}.`,
    skillCount: (count, countText) => `${countText} ${plural(count, 'compétence', 'compétences')}`,
    readoutLevel: (parts) => `${parts.position}\u00a0: ${parts.skills}.${parts.previous ? ` S’appuie sur ${parts.previous}.` : ''}`,
    readoutSkill: (parts) => (parts.next ? `Niveau\u00a0: ${parts.level}. Mène à ${parts.next}.` : `Niveau\u00a0: ${parts.level} (dernier niveau).`),
    summary: (parts) =>
      `Une carte des compétences en ${parts.countText} ${plural(parts.count, 'niveau', 'niveaux')} avec ${parts.skills}${parts.count > 1 ? ', chaque niveau s’appuyant sur le précédent' : ''}.`,
  },
  balance: {
    title: 'Stress et équilibre vie professionnelle-vie privée',
    empty: 'Ce guide ne contient aucune information sur l’équilibre vie professionnelle-vie privée.',
    // "niveau" and "équilibre" are masculine: the words agree with them.
    stress: {
      name: 'Niveau de stress',
      levels: { low: 'Faible', 'low-to-moderate': 'Faible à modéré', moderate: 'Modéré', 'moderate-to-high': 'Modéré à élevé', high: 'Élevé' },
    },
    balance: {
      name: 'Équilibre vie professionnelle-vie privée',
      // "Excellent" is the same word in French; allow-listed in test/i18n.test.ts.
      levels: { poor: 'Mauvais', challenging: 'Difficile', fair: 'Correct', good: 'Bon', excellent: 'Excellent' },
    },
    summary: (names, steps) => `Sur des échelles de ${steps}\u00a0degrés\u00a0: ${names.join(', ')}.`,
  },
  demand: {
    title: 'Demande du marché',
    empty: 'Ce guide ne contient aucune donnée sur la demande du marché.',
    // "demande" is feminine: the words agree with it.
    levels: { low: 'Faible', moderate: 'Modérée', high: 'Élevée' },
    gaugeLabel: (level) => `Demande du marché\u00a0: ${level.toLowerCase()}, sur une échelle allant de faible à élevée`,
    growthLabel: { outlook: 'croissance prévue', facts: 'taux de croissance' },
    source: (name, asOf) => (asOf ? `Source\u00a0: ${name}, ${asOf}` : `Source\u00a0: ${name}`),
  },
  day: {
    title: 'Une journée de travail',
    empty: 'Ce guide ne décrit aucune journée de travail.',
    tasksOf: (label) => `Tâches\u00a0: ${label}`,
    tableCaption: 'Une journée type',
    tableBlock: 'Créneau',
    tableTime: 'Horaire',
    tableFocus: 'Axe principal',
    tableTasks: 'Tâches',
    summary: (parts) => `Une journée type de ${parts.duration}, en ${parts.countText} ${plural(parts.count, 'créneau', 'créneaux')}.`,
  },
  exporting: {
    copied: 'Chiffres copiés dans le presse-papiers.',
    refused: 'Le navigateur n’a pas autorisé la copie. Téléchargez plutôt les données (CSV).',
    columns: { figure: 'Chiffre', value: 'Valeur', from: 'De', to: 'À', currency: 'Devise', period: 'Période', unit: 'Unité', level: 'Niveau', skill: 'Compétence', levelId: 'Identifiant du niveau', position: 'Position', outOf: 'Sur', source: 'Source' },
  },
};
