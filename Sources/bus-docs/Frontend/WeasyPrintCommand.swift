import Foundation

/// How WeasyPrint is started for one PDF. WeasyPrint is a Python program: when its interpreter can be read
/// from the program's first line (`#!/…/python3`, or `#!/usr/bin/env python3`), bus-docs runs WeasyPrint's
/// own command line through that interpreter with `formFinishing`, which puts the PDF form right before
/// the file is written. Anything else (a stand-in, a packed binary) is run as it is, with the same arguments.
struct WeasyPrintCommand: Equatable {
    var program: String
    var arguments: [String]

    /// The command for `weasyPrint` (its path) with WeasyPrint's command-line `arguments`; `firstLine` is
    /// the program's first line, if it has one.
    static func make(weasyPrint: String, firstLine: String?, arguments: [String]) -> WeasyPrintCommand {
        guard let interpreter = firstLine.flatMap(pythonInterpreter) else {
            return WeasyPrintCommand(program: weasyPrint, arguments: arguments)
        }
        return WeasyPrintCommand(program: interpreter[0],
                                 arguments: Array(interpreter.dropFirst()) + ["-c", formFinishing] + arguments)
    }

    /// The first line of the file at `path`, read no further than 512 bytes.
    static func firstLine(of path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 512), let text = String(data: head, encoding: .utf8) else { return nil }
        return text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
    }

    /// `#!/usr/bin/python3` → `["/usr/bin/python3"]`, `#!/usr/bin/env python3` → `["/usr/bin/env", "python3"]`;
    /// nil when the line does not start a Python interpreter.
    static func pythonInterpreter(_ line: String) -> [String]? {
        guard line.hasPrefix("#!") else { return nil }
        let words = line.dropFirst(2).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
        let isPython = { (word: String) in (word as NSString).lastPathComponent.hasPrefix("python") }
        if let program = words.first, isPython(program), words.count == 1 { return words }
        if words.count == 2, (words[0] as NSString).lastPathComponent == "env", isPython(words[1]) { return words }
        return nil
    }

    /// WeasyPrint's command line with one step added before the PDF is written. WeasyPrint marks its form
    /// with NeedAppearances, which makes poppler (Evince, Okular, pdftoppm) draw every check box anew from a
    /// text style the check boxes do not have, so a tick never shows, on screen or printed; without the
    /// mark, readers draw the tick WeasyPrint made for each box (the text fields, which carry no drawing of
    /// their own, are drawn by the reader either way). A radio button of a group comes with the group's name
    /// as its own, which makes each button a field of its own (`principiell.principiell`) rather than one
    /// choice: the button keeps only its place in the group (a widget of the group's one field).
    static let formFinishing = """
        import inspect, sys
        from weasyprint import HTML
        from weasyprint.__main__ import main

        def finish(document, pdf):
            form = pdf.catalog.get('AcroForm')
            if form is None:
                return
            form['NeedAppearances'] = 'false'
            for field in pdf.objects:
                if isinstance(field, dict) and field.get('Subtype') == '/Widget' and 'Parent' in field:
                    field.pop('T', None)
                    field.pop('FT', None)

        class FinishedHTML(HTML):
            def write_pdf(self, target=None, zoom=1, finisher=None, **options):
                def both(document, pdf):
                    finish(document, pdf)
                    if finisher:
                        finisher(document, pdf)
                return super().write_pdf(target, zoom, both, **options)

        if 'HTML' in inspect.signature(main).parameters:
            main(sys.argv[1:], HTML=FinishedHTML)
        else:
            main(sys.argv[1:])
        """
}
