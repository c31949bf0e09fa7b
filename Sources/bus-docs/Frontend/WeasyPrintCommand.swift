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
    /// their own, are drawn by the reader either way). A filling tool may set the mark again (pypdf does by
    /// default), so every check box and radio button also gets what a reader needs to draw its tick itself:
    /// a text style in ZapfDingbats (/DA) and the tick's character (/MK /CA: a check mark, a dot for a radio
    /// button), beside the drawing WeasyPrint made. A radio button of a group comes with the group's name
    /// as its own, which makes each button a field of its own (`principiell.principiell`) rather than one
    /// choice: the button keeps only its place in the group (a widget of the group's one field), and its
    /// label (what a screen reader says for the button). The group is named for screen readers (/TU) by its
    /// question, the legend of the fieldset around its buttons, rather than by its first button's label; a
    /// check box in a fieldset by its question and its label ("Rapporteras av, part: BUP Järfälla", the
    /// legends around it, outermost first, and "Avvikelsen gäller part: BUP Järfälla"), so the same party
    /// in two questions is told apart.
    ///
    /// With `filledVariable` set to a filled-in PDF of the same form (`--archival --filled`), its answers are
    /// written into the page's fields before the page is laid out, so the archival PDF prints them: text
    /// as the field's value, a ticked box or chosen radio button (the button's place in its group, as
    /// WeasyPrint names the states) as checked. The program exits with a `FillingProblem` when it cannot: a
    /// field the form lacks, or a date this command pre-fills (`--date`, `--noticed`) answered with another.
    /// The text answers, with each field's label, are written to the file `answersVariable` names.
    static let formFinishing = """
        import inspect, json, os, sys
        import pydyf
        from weasyprint import HTML
        from weasyprint.__main__ import main

        def words(element):
            return ' '.join(''.join(element.itertext()).split())

        def question(legends):
            # The legends around a control, outermost first, as one question: "Rapporteras av" around
            # "Part" is "Rapporteras av, part"; an outer legend the inner one starts with is said once.
            said = legends[-1]
            for outer in reversed(legends[:-1]):
                if not said.startswith(outer):
                    said = outer + ', ' + said[:1].lower() + said[1:]
            return said

        def questions(root):
            parents = {child: parent for parent in root.iter() for child in parent}
            labels = {label.get('for'): words(label) for label in root.iter('label') if label.get('for')}
            found = {}
            for element in root.iter('input'):
                kind = element.get('type')
                if kind not in ('radio', 'checkbox') or not element.get('name'):
                    continue
                legends = []
                fieldset = parents.get(element)
                while fieldset is not None:
                    legend = fieldset.find('legend') if fieldset.tag == 'fieldset' else None
                    if legend is not None and words(legend):
                        legends.insert(0, words(legend))
                    fieldset = parents.get(fieldset)
                if not legends:
                    continue
                if kind == 'radio':
                    found.setdefault(element.get('name'), question(legends[-1:]))
                elif labels.get(element.get('id')):
                    found[element.get('name')] = question(legends) + ': ' + labels[element.get('id')]
            return found

        def resolved(pdf, value):
            return next((o for o in pdf.objects if getattr(o, 'reference', None) == value), value)

        def add_zapf_dingbats(pdf, form):
            resources = resolved(pdf, form.get('DR'))
            fonts = resolved(pdf, resources.get('Font')) if isinstance(resources, dict) else None
            font = pydyf.Dictionary({'Type': '/Font', 'Subtype': '/Type1', 'BaseFont': '/ZapfDingbats'})
            pdf.add_object(font)
            form['DR'] = pydyf.Dictionary({'Font': pydyf.Dictionary({**(fonts or {}), 'ZaDb': font.reference})})

        def state_name(value):
            # A PDF name: the value's UTF-8 bytes, each outside printable ASCII (and each delimiter) as #XX.
            return '/' + ''.join(chr(b) if 0x21 <= b <= 0x7e and chr(b) not in '#/()<>[]{}%' else '#%02X' % b
                                 for b in value.encode('utf-8'))

        def name_states(pdf, group):
            # WeasyPrint names a radio button's "on" state by its place in the group (/0, /1 …) and gives the
            # values in /Opt; a reader of the filled form (pypdf's get_fields) reads the state's name. Each
            # state is named by its button's value instead (`sip`, `ja`, `löst-lokalt`), as the register
            # writes it; /Opt, which would make the names places again, goes.
            values = [getattr(v, 'string', str(v)) for v in group.get('Opt') or []]
            if not values or len(set(values)) != len(values):
                return
            kids = [resolved(pdf, kid) for kid in group['Kids']]
            for index, kid in enumerate(kids):
                states = kid['AP']['N']
                old, new = '/%d' % index, state_name(values[index])
                key = next((k for k in list(states) if str(k) == str(index)), None)
                if key is None:
                    return
                states[new[1:]] = states.pop(key)
                if kid.get('AS') == old:
                    kid['AS'] = new
                if group.get('V') == old:
                    group['V'] = new
            group.pop('Opt', None)

        def finish(root, pdf):
            form = pdf.catalog.get('AcroForm')
            if form is None:
                return
            form['NeedAppearances'] = 'false'
            add_zapf_dingbats(pdf, form)
            asked = questions(root)
            for field in pdf.objects:
                if not isinstance(field, dict):
                    continue
                if 'Kids' in field and field.get('FT') == '/Btn':
                    name = getattr(field.get('T'), 'string', None)
                    if name in asked:
                        field['TU'] = pydyf.String(asked[name])
                    if field.get('Ff', 0) & (1 << 15):
                        name_states(pdf, field)
                if field.get('Subtype') != '/Widget':
                    continue
                radio = 'Parent' in field
                name = getattr(field.get('T'), 'string', None)
                if not radio and field.get('FT') == '/Btn' and name in asked:
                    field['TU'] = pydyf.String(asked[name])
                if field.get('FT') == '/Btn':
                    size = abs(field['Rect'][3] - field['Rect'][1])
                    color = ' '.join('%.3f' % c for c in field['MK'].get('BC', [0, 0, 0]))
                    field['DA'] = pydyf.String('/ZaDb %.1f Tf %s rg' % (size, color))
                    field['MK']['CA'] = pydyf.String('l' if radio else '4')
                if radio:
                    field.pop('T', None)
                    field.pop('FT', None)

        def answers(path):
            try:
                from pypdf import PdfReader
            except ImportError:
                sys.exit(5)
            try:
                fields = PdfReader(path).get_fields()
            except Exception:
                sys.exit(4)
            if not fields:
                sys.exit(6)
            return {name: field.get('/V') for name, field in fields.items() if '.' not in name}

        def word_answers(path):
            # A Word form bus-docs made (`--format docx`): each content control's answer by its tag, which is
            # the HTML field's name. A check box ticked or not, a drop-down's value, a text control's text
            # (empty while it shows its placeholder).
            import zipfile
            import xml.etree.ElementTree as ET
            w = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
            w14 = '{http://schemas.microsoft.com/office/word/2010/wordml}'
            try:
                with zipfile.ZipFile(path) as archive:
                    if 'word/document.xml' not in archive.namelist():
                        sys.exit(8)
                    root = ET.fromstring(archive.read('word/document.xml'))
            except (zipfile.BadZipFile, ET.ParseError, KeyError):
                sys.exit(4)
            def text_of(element):
                parts = []
                for child in element:
                    if child.tag == w + 't':
                        parts.append(child.text or '')
                    elif child.tag in (w + 'br', w + 'cr'):
                        parts.append('\\n')
                    elif child.tag == w + 'tab':
                        parts.append(' ')
                    else:
                        parts.append(text_of(child))
                        if child.tag == w + 'p':
                            parts.append('\\n')
                return ''.join(parts)
            found = {}
            for control in root.iter(w + 'sdt'):
                properties = control.find(w + 'sdtPr')
                tag = properties.find(w + 'tag') if properties is not None else None
                if tag is None or not tag.get(w + 'val'):
                    continue
                name = tag.get(w + 'val')
                box = properties.find(w14 + 'checkbox')
                if box is not None:
                    checked = box.find(w14 + 'checked')
                    found[name] = '/Yes' if checked is not None and checked.get(w14 + 'val') in ('1', 'true') else '/Off'
                    continue
                content = control.find(w + 'sdtContent')
                text = '' if properties.find(w + 'showingPlcHdr') is not None or content is None else text_of(content).strip()
                choices = properties.find(w + 'dropDownList')
                if choices is None:
                    choices = properties.find(w + 'comboBox')
                if choices is not None:
                    text = next((item.get(w + 'value') for item in choices.iter(w + 'listItem') if item.get(w + 'displayText') == text), text)
                found[name] = text
            if not found:
                sys.exit(6)
            return found

        def fill(root, given, word=False):
            named = {}
            for element in root.iter():
                if element.tag in ('input', 'textarea') and element.get('name'):
                    named.setdefault(element.get('name'), []).append(element)
            unknown = sorted(name for name in given if name not in named)
            # A Word form's controls the HTML form does not have (the signatures' names and places) are
            # not printed, but their text is still read for personal data.
            extra = []
            if unknown and word:
                extra = [{'name': name, 'label': name, 'value': given[name]} for name in unknown if given[name] not in ('', '/Off', '/Yes')]
                for name in unknown:
                    given.pop(name)
            elif unknown:
                sys.stderr.write(', '.join(unknown) + '\\n')
                sys.exit(3)
            labels = {label.get('for'): ' '.join(''.join(label.itertext()).split()) for label in root.iter('label') if label.get('for')}
            for name, value in sorted(given.items()):
                element = named[name][0]
                written = element.get('value') or ''
                text = '' if value is None else str(value)
                if element.get('placeholder') == 'ÅÅÅÅ-MM-DD' and written and text.strip() and text.strip() != written:
                    sys.stderr.write('\\t'.join([name, text.strip(), written]) + '\\n')
                    sys.exit(7)
            texts = []
            for name, value in sorted(given.items()):
                element = named[name][0]
                if element.tag == 'textarea' or element.get('type') not in ('checkbox', 'radio'):
                    texts.append({'name': name, 'label': labels.get(element.get('id'), name), 'value': '' if value is None else str(value)})
            with open(os.environ['\(answersVariable)'], 'w', encoding='utf-8') as out:
                json.dump(texts + extra, out, ensure_ascii=False)
            for name, value in given.items():
                text = '' if value is None else str(value)
                elements = named[name]
                kind = elements[0].get('type') if elements[0].tag == 'input' else 'textarea'
                if kind in ('checkbox', 'radio'):
                    state = text.lstrip('/')
                    for index, element in enumerate(elements):
                        if state not in ('', 'Off') and (kind == 'checkbox' or state in (str(index), element.get('value'))):
                            element.set('checked', '')
                        else:
                            element.attrib.pop('checked', None)
                elif kind == 'textarea':
                    for element in elements:
                        element.text = text
                else:
                    for element in elements:
                        element.set('value', text)

        class FinishedHTML(HTML):
            def write_pdf(self, target=None, zoom=1, finisher=None, **options):
                if os.environ.get('\(filledVariable)'):
                    import zipfile
                    path = os.environ['\(filledVariable)']
                    word = zipfile.is_zipfile(path)
                    fill(self.etree_element, word_answers(path) if word else answers(path), word)
                def both(document, pdf):
                    finish(self.etree_element, pdf)
                    if finisher:
                        finisher(document, pdf)
                return super().write_pdf(target, zoom, both, **options)

        if 'HTML' in inspect.signature(main).parameters:
            main(sys.argv[1:], HTML=FinishedHTML)
        elif os.environ.get('\(filledVariable)'):
            sys.exit(5)
        else:
            main(sys.argv[1:])
        """

    /// The environment variable that names the filled-in PDF for `formFinishing`.
    static let filledVariable = "BUS_DOCS_FILLED"

    /// The environment variable that names the file `formFinishing` writes the filled form's text answers
    /// to (JSON, `FilledAnswer`), for bus-docs to look for personal data in before the PDF is kept.
    static let answersVariable = "BUS_DOCS_ANSWERS"

    /// Why `formFinishing` could not print a filled form: its exit status.
    enum FillingProblem: Int32 {
        case otherForm = 3, unreadable = 4, noPypdf = 5, noForm = 6, otherDate = 7, notWord = 8

        /// `said`: what the program wrote on standard error (for `otherForm`, the fields this form lacks).
        func error(filled: String, said: String) -> CLIError {
            switch self {
            case .otherForm:
                let fields = said.split(separator: "\n").last.map { $0.components(separatedBy: ", ") } ?? []
                return .filledOtherForm(path: filled, fields: fields)
            case .unreadable: return .filledUnreadable(filled)
            case .noPypdf: return .filledNeedsPypdf
            case .noForm: return .filledHasNoForm(filled)
            case .notWord: return .filledIsOpenDocument(filled)
            case .otherDate:
                let words = said.split(separator: "\n").last.map { $0.components(separatedBy: "\t") } ?? []
                return .filledOtherDate(path: filled, field: words.first ?? "", filledDate: words.dropFirst().first ?? "",
                                        given: words.dropFirst(2).first ?? "")
            }
        }
    }
}
