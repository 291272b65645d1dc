"""Prints a page to PDF with WebKitGTK's own print operation, as Epiphany prints to a file.

WebKitGTK's WebDriver has no print command, so test/print.test.ts cannot print in WebKit; this
is how to look at WebKit's printout by eye. It loads the URL in a window 1280px wide, waits five
seconds for the charts, and prints with 0.4in margins (the print dialog's default in Chromium).

Needs Debian's python3-gi, gir1.2-gtk-3.0 and gir1.2-webkit2-4.1, and an X display:

    npm run build && (python3 -m http.server 8765 --bind 127.0.0.1 &)
    xvfb-run -a /usr/bin/python3 scripts/webkit-print.py \
      'http://127.0.0.1:8765/dist/cdn/embed.html?element=guide&guide=operations-engineer' /tmp/guide.pdf A4
    pdftoppm -r 45 -png /tmp/guide.pdf /tmp/guide    # the pages as images
"""
import sys

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

url, out = sys.argv[1], sys.argv[2]
paper = {'A4': Gtk.PAPER_NAME_A4, 'Letter': Gtk.PAPER_NAME_LETTER}[sys.argv[3] if len(sys.argv) > 3 else 'A4']

window = Gtk.Window()
window.set_default_size(1280, 900)
view = WebKit2.WebView()
window.add(view)
window.show_all()


def print_page():
    settings = Gtk.PrintSettings()
    settings.set_printer('Print to File')
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, 'pdf')
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, 'file://' + out)
    setup = Gtk.PageSetup()
    setup.set_paper_size(Gtk.PaperSize.new(paper))
    for side in ('top', 'bottom', 'left', 'right'):
        getattr(setup, f'set_{side}_margin')(0.4, Gtk.Unit.INCH)
    operation = WebKit2.PrintOperation.new(view)
    operation.set_print_settings(settings)
    operation.set_page_setup(setup)
    operation.connect('finished', lambda *_: Gtk.main_quit())
    operation.connect('failed', lambda _, error: (print('printing failed:', error), Gtk.main_quit()))
    operation.print_()
    return False


def loaded(_, event):
    if event == WebKit2.LoadEvent.FINISHED:
        GLib.timeout_add(5000, print_page)


view.connect('load-changed', loaded)
view.load_uri(url)
GLib.timeout_add(60000, lambda: (print('timed out'), Gtk.main_quit()))
Gtk.main()
print(out)
