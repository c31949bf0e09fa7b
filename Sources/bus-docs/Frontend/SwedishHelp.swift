import Foundation

/// `--help` in Swedish under a Swedish locale. swift-argument-parser writes its help screen in English;
/// this takes that screen, unwrapped (rendered with very wide columns), puts every heading, description
/// and default in Swedish from `catalogue`, and wraps it again the way the parser does: labels in the
/// first 26 columns, descriptions hanging after them.
///
/// The catalogue is keyed by the English text as the commands declare it, so a command's `help:` stays
/// the one place its meaning is written; a description without an entry is left in English (a test
/// compares every command's help in both languages line by line, so a new option without Swedish fails).
enum SwedishHelp {
    /// Width the parser is asked to render at, so that no description is wrapped before translation.
    static let unwrapped = 100_000

    /// The column where the parser starts descriptions.
    static let descriptionColumn = 26

    static func render(_ english: String, width: Int) -> String {
        let lines = english.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A label too wide for its column puts its description on the next line, as the parser does.
        return lines.flatMap { translate(line: $0).components(separatedBy: "\n").flatMap { wrap($0, width: width) } }.joined(separator: "\n")
    }

    /// The width to wrap at: `COLUMNS`, else the terminal's, else 80 (as the parser does).
    static var terminalWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    // MARK: - Lines

    private static let headings: [String: String] = [
        "OPTIONS:": "FLAGGOR:",
        "ARGUMENTS:": "ARGUMENT:",
        "SUBCOMMANDS:": "KOMMANDON:",
    ]

    private static func translate(line: String) -> String {
        if let heading = headings[line] { return heading }
        if line.hasPrefix("OVERVIEW: ") {
            return "ÖVERSIKT: " + sentence(String(line.dropFirst("OVERVIEW: ".count)))
        }
        if line.hasPrefix("USAGE: ") {
            return "ANVÄNDNING: " + valueNames(in: String(line.dropFirst("USAGE: ".count)))
        }
        if line.hasPrefix("  See '"), line.hasSuffix("' for detailed help.") {
            let command = line.dropFirst("  See '".count).dropLast("' for detailed help.".count)
            return "  Se '" + valueNames(in: String(command)) + "' för hjälp om ett kommando."
        }
        guard let (label, text) = description(of: line) else {
            return line.isEmpty ? line : sentence(line)
        }
        let swedishLabel = valueNames(in: label.replacingOccurrences(of: " (default)", with: " (standard)"))
        return pad(swedishLabel) + description(text)
    }

    /// Every `<value>` in a usage line, an option's label or a parser message, in Swedish:
    /// `<agreement>` → `<överenskommelse>`.
    static func valueNames(in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let name = String(rest[rest.index(after: open)..<close])
            result += rest[..<open] + "<" + (valueNames[name] ?? name) + ">"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The commands' value names (`valueName:`, or the property's name) and their Swedish.
    static let valueNames: [String: String] = [
        "agreement": "överenskommelse",
        "area": "område",
        "date": "datum",
        "dir": "mapp",
        "file": "fil",
        "files": "filer",
        "format": "format",
        "from": "överenskommelse",
        "group": "grupp",
        "kommun": "kommun",
        "noticed": "datum",
        "options": "flaggor",
        "out": "mapp",
        "output": "fil",
        "path": "sökväg",
        "paths": "sökvägar",
        "port": "port",
        "register": "registermapp",
        "report": "rapportfil",
        "rev": "revision",
        "rule": "regel",
        "rules": "regelverk",
        "subcommand": "kommando",
        "templates": "mallmapp",
        "today": "datum",
        "year": "år",
    ]

    /// A section entry: its label (first 26 columns) and its description.
    private static func description(of line: String) -> (label: String, text: String)? {
        guard line.hasPrefix("  ") else { return nil }
        let characters = Array(line)
        if characters.count > descriptionColumn, characters[descriptionColumn - 1] == " ",
           characters[..<descriptionColumn].contains(where: { $0 != " " }) {
            let label = String(characters[..<descriptionColumn]).trimmingCharacters(in: .whitespaces)
            return (label, String(characters[descriptionColumn...]).trimmingCharacters(in: .whitespaces))
        }
        if characters.count > descriptionColumn, characters[..<descriptionColumn].allSatisfy({ $0 == " " }) {
            return ("", String(characters[descriptionColumn...]))
        }
        return nil
    }

    private static func pad(_ label: String) -> String {
        if label.isEmpty { return String(repeating: " ", count: descriptionColumn) }
        let entry = "  " + label
        return entry.count < descriptionColumn - 1
            ? entry + String(repeating: " ", count: descriptionColumn - entry.count)
            : entry + "\n" + String(repeating: " ", count: descriptionColumn)
    }

    /// "Sentence. (values: a, b; default: a)" → ("Sentence.", "values: a, b; default: a").
    private static func splitDefaults(_ text: String) -> (String, String?) {
        for marker in [" (values: ", " (default: ", "(default: "] {
            if let range = text.range(of: marker, options: .backwards), text.hasSuffix(")"),
               !text[range.upperBound...].contains("(") {
                let inside = text[range.upperBound..<text.index(before: text.endIndex)]
                let prefix = marker.hasPrefix(" (") ? String(marker.dropFirst(2)) : String(marker.dropFirst())
                return (String(text[..<range.lowerBound]), prefix + inside)
            }
        }
        return (text, nil)
    }

    /// One option's description in Swedish, its "(values: …; default: …)" included.
    static func description(_ english: String) -> String {
        let (text, defaults) = splitDefaults(english)
        return [sentence(text), defaults.map(swedishDefaults)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func swedishDefaults(_ inside: String) -> String {
        "(" + inside.replacingOccurrences(of: "values: ", with: "värden: ")
            .replacingOccurrences(of: "default: ", with: "standard: ") + ")"
    }

    private static func sentence(_ english: String) -> String {
        catalogue[english] ?? english
    }

    // MARK: - Wrapping

    private static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        if line.hasPrefix("ANVÄNDNING: ") { return UsageLine.wrap(line, width: width) }
        return wrapWords(line, width: width)
    }

    private static func wrapWords(_ line: String, width: Int) -> [String] {
        let indent: Int
        if description(of: line) != nil { indent = descriptionColumn }
        else { indent = line.prefix { $0 == " " }.count }
        let lead = line.prefix { $0 == " " }
        var result: [String] = []
        var current = String(lead)
        var hasWord = false
        for word in line.dropFirst(lead.count).split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = hasWord ? current + " " + word : current + word
            if hasWord, !word.isEmpty, candidate.count > width, current.count > indent {
                result.append(current)
                current = String(repeating: " ", count: indent) + word
            } else {
                current = candidate
            }
            hasWord = true
        }
        result.append(current)
        return result
    }

    // MARK: - Catalogue

    /// English help text, exactly as the commands declare it, and its Swedish.
    static let catalogue: [String: String] = [
        // bus-docs
        "Check and publish local BUS agreements (lokala BUS-överenskommelser).":
            "Kontrollera och publicera lokala BUS-överenskommelser.",
        "Show the version.": "Visa versionen.",
        "Show help information.": "Visa hjälpen.",
        // Commands' abstracts
        "Check agreements against the regional BUS requirements.":
            "Kontrollera överenskommelser mot de regionala BUS-kraven.",
        "Publish agreements as HTML: a page each, their protocol templates, agendas and deviation forms, and an index.":
            "Publicera överenskommelser som HTML: en sida för varje, deras protokollmallar, dagordningar och avvikelseblanketter, och en översikt.",
        "Write the protocol template for a BUS individforum, or the agenda for a steering or working group or a behandlingskonferens.":
            "Skriv protokollmallen för ett BUS individforum, eller dagordningen för en styr- eller arbetsgrupp eller en behandlingskonferens.",
        "Write the deviation form (avvikelseblankett) for an agreement.":
            "Skriv avvikelseblanketten för en överenskommelse.",
        "Write the yearly follow-up (uppföljning) of the agreements from their registers.":
            "Skriv den årliga uppföljningen av överenskommelserna från deras register.",
        "Write a new agreement that passes check: the mandatory parties, the tiers, the routines and the sections, with guidance on what to write.":
            "Skriv en ny överenskommelse som klarar kontrollen: de obligatoriska parterna, nivåerna, rutinerna och avsnitten, med vägledning om vad som ska stå.",
        "Turn an agreement written in Word, OpenDocument, PDF, text or Markdown into a draft agreement.":
            "Gör om en överenskommelse skriven i Word, OpenDocument, PDF, text eller Markdown till ett utkast.",
        "Reads .docx, .odt, .pdf (with pdftotext), .txt and .md. The body keeps the document's headings, paragraphs, lists, tables (as lists) and footnotes; the front matter holds what the text says, each value with a comment citing where, and a marked placeholder for what it does not say; status: utkast. The import report (stderr, or --report FILE as .md or .json) says what was recognised, what was not and the check's findings on the draft. Exit status 0 when a draft was written.":
            "Läser .docx, .odt, .pdf (med pdftotext), .txt och .md. Texten behåller dokumentets rubriker, stycken, listor, tabeller (som listor) och fotnoter; huvudet innehåller det som texten säger, varje värde med en kommentar om var det står, och en markerad platshållare för det som texten inte säger; status: utkast. Importrapporten (standardfel, eller --report FIL som .md eller .json) säger vad som kändes igen, vad som inte gjorde det och kontrollens fynd i utkastet. Slutstatus 0 när ett utkast skrevs.",
        "The document to import.": "Dokumentet som ska importeras.",
        "The agreement to write, a .md file; a folder gets a file named after the document, a name without an extension gets .md (default: standard output). An existing file is kept unless --force.":
            "Överenskommelsen som ska skrivas, en .md-fil; en mapp får en fil med dokumentets namn, ett namn utan filändelse får .md (standard: standardutdata). En befintlig fil behålls utom med --force.",
        "Replace an existing --output file.": "Ersätt en befintlig --output-fil.",
        "Replace a file already at -o (otherwise kept: it may have been filled in or signed).": "Ersätt en fil som redan finns vid -o (annars behålls den: den kan vara ifylld eller undertecknad).",
        "Write the import report to this file: Markdown (.md) or JSON (.json). Default: standard error.":
            "Skriv importrapporten till den här filen: Markdown (.md) eller JSON (.json). Standard: standardfel.",
        "Compare two versions of an agreement in substance: parties, groups, cadences, routines, findings and the text section by section.":
            "Jämför två versioner av en överenskommelse i sak: parter, grupper, mötesfrekvenser, rutiner, fynd och texten avsnitt för avsnitt.",
        "Preview the site while you write: served on 127.0.0.1, rebuilt and reloaded when a file changes, with the findings at the top of every page.":
            "Förhandsgranska webbplatsen medan du skriver: visas på 127.0.0.1, byggs om och laddas om när en fil ändras, med fynden överst på varje sida.",
        "List every rule with its id, severity and the sentence it enforces.":
            "Lista varje regel med id, allvarlighetsgrad och den mening den kontrollerar.",
        "Copy the built-in templates, the stylesheet and their README (every variable) into a folder to change for --templates.":
            "Kopiera de inbyggda mallarna, stilmallen och deras README (alla variabler) till en mapp att ändra i för --templates.",
        "The folder to write into (made when missing).": "Mappen att skriva till (skapas om den saknas).",
        "Print a JSON Schema of the front matter, for editors (the YAML language server).":
            "Skriv ut ett JSON-schema för YAML-huvudet, för editorer (YAML-språkservern).",
        "Run the language server (LSP 3.17 over stdin and stdout) for editors.":
            "Kör språkservern (LSP 3.17 via standardin- och standardutdata) för textredigerare.",
        // Discussions
        "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage or I/O problems.":
            "Slutstatus: 0 inga fel, 1 fel (eller varningar med --strict), 2 fel i kommandoraden eller vid läsning och skrivning.",
        "Checks first; an agreement with errors is still published, marked as not valid. Exit status: 0, 1 when any agreement has errors, 2 for usage, template or I/O problems.":
            "Kontrollerar först; en överenskommelse med fel publiceras ändå, märkt som inte giltig. Slutstatus: 0, 1 när någon överenskommelse har fel, 2 vid fel i kommandoraden, i mallar eller vid läsning och skrivning.",
        "The register is a folder with one folder per agreement (named after its file without .md) and one per year: REGISTER/nacka-2023/2025/individforum.csv, avvikelser.csv and sip.csv. Every cell is checked first; a register with errors is not published (exit status 1). Counts of 1 and 2 are shown as \"färre än 3\", and a second count is hidden wherever a total would tell a hidden one; --no-suppression shows every count, for internal use only (uppfoljning-YYYY-intern.html in --out). A report already there is kept unless --force.":
            "Registret är en mapp med en mapp per överenskommelse (uppkallad efter filen utan .md) och en per år: REGISTER/nacka-2023/2025/individforum.csv, avvikelser.csv och sip.csv. Varje cell kontrolleras först; ett register med fel publiceras inte (slutstatus 1). Antal 1 och 2 visas som ”färre än 3”, och ytterligare ett antal döljs där en summa skulle avslöja ett dolt; --no-suppression visar alla antal, endast för internt bruk (uppfoljning-ÅÅÅÅ-intern.html i --out). En uppföljning som redan finns behålls utom med --force.",
        "Asks for what is missing when standard input is a terminal; takes flags otherwise. --from starts from another area's agreement, keeping its structure. Never overwrites a file.":
            "Frågar efter det som saknas när du kör kommandot i en terminal; tar annars flaggor. --from utgår från ett annat områdes överenskommelse och behåller dess struktur. Skriver aldrig över en fil.",
        "bus-docs diff OLD NEW compares two files; bus-docs diff --rev REV FILE compares FILE with its version at a git revision. Exit status: 0; 1 with --fail-on-weakening when a change weakens the agreement; 2 for usage or I/O problems, or a version whose front matter cannot be read.":
            "bus-docs diff GAMMAL NY jämför två filer; bus-docs diff --rev REV FIL jämför FIL med dess version i en git-revision. Slutstatus: 0; 1 med --fail-on-weakening när en ändring försvagar överenskommelsen; 2 vid fel i kommandoraden eller vid läsning och skrivning, eller när YAML-huvudet i en version inte går att läsa.",
        "Services are those of the built-in rule sets, or of the one given with --rules.":
            "Verksamheterna är de inbyggda regelverkens, eller det som anges med --rules.",
        "Prints the address first. Listens on 127.0.0.1 only. Ends with Ctrl-C.":
            "Skriver ut adressen först. Lyssnar bara på 127.0.0.1. Avslutas med Ctrl-C.",
        "Findings as `check` makes them while you type, hover, completion, quick fixes and go to definition. See the README for editor setup.":
            "Fynd som `check` gör dem medan du skriver, förklaringar, komplettering, snabbkorrigeringar och gå till definition. README visar hur textredigeraren ställs in.",
        // Arguments and options
        "Agreement files or folders (searched for *.md). Default: Agreements/.":
            "Överenskommelser: filer eller mappar (där *.md söks). Standard: Agreements/.",
        "An agreement file or folder.":
            "En överenskommelse: fil eller mapp.",
        "The agreement file.": "Överenskommelsens fil.",
        "OLD NEW, or FILE with --rev.": "GAMMAL NY, eller FIL med --rev.",
        "Rule set: bus-2012, hök-2022 or a rule-set file (default: the agreement's regelverk).":
            "Regelverk: bus-2012, hök-2022 eller en regelverksfil (standard: överenskommelsens regelverk).",
        "Rule set: bus-2012, hök-2022 or a rule-set file (default: the one the document names, else hök-2022).":
            "Regelverk: bus-2012, hök-2022 eller en regelverksfil (standard: det som dokumentet nämner, annars hök-2022).",
        "Rule set: bus-2012, hök-2022 or a rule-set file (default: hök-2022, the current one).":
            "Regelverk: bus-2012, hök-2022 eller en regelverksfil (standard: hök-2022, det gällande).",
        "The output format: sarif is for code scanning, gitlab a code quality report.":
            "Utdataformatet: sarif är för kodgranskning, gitlab en kodkvalitetsrapport.",
        "For github, sarif and gitlab: the folder paths are relative to (default: the git repository's root, else the current folder).":
            "För github, sarif och gitlab: mappen som sökvägarna anges från (standard: git-förrådets rot, annars den aktuella mappen).",
        "Rule set: bus-2012, hök-2022 or a rule-set file (default: every built-in one).":
            "Regelverk: bus-2012, hök-2022 eller en regelverksfil (standard: alla inbyggda).",
        "Fail on warnings too.": "Misslyckas även på varningar.",
        "Count this rule's warnings as errors, e.g. --error BUS012 to refuse an agreement that has expired (may be repeated).":
            "Räkna regelns varningar som fel, t.ex. --error BUS012 för att underkänna en överenskommelse som har gått ut (kan upprepas).",
        "The date to check against, YYYY-MM-DD (default: today).":
            "Datum att kontrollera mot, ÅÅÅÅ-MM-DD (standard: i dag).",
        "The date to check and date documents against, YYYY-MM-DD (default: today).":
            "Datum att kontrollera och datera dokument mot, ÅÅÅÅ-MM-DD (standard: i dag).",
        "The date the agreement is checked against, YYYY-MM-DD (default: today).":
            "Datum som överenskommelsen kontrolleras mot, ÅÅÅÅ-MM-DD (standard: i dag).",
        "The date documents are dated against, YYYY-MM-DD (default: today).":
            "Datum som dokumenten dateras mot, ÅÅÅÅ-MM-DD (standard: i dag).",
        "The date the draft is checked against, YYYY-MM-DD (default: today).":
            "Datum som utkastet kontrolleras mot, ÅÅÅÅ-MM-DD (standard: i dag).",
        "The date to check both versions against, YYYY-MM-DD (default: today).":
            "Datum att kontrollera båda versionerna mot, ÅÅÅÅ-MM-DD (standard: i dag).",
        "A folder of templates: the ones it adds may be named by `protokoll:` and `blankett:`.":
            "En mapp med mallar: de mallar den lägger till kan anges med `protokoll:` och `blankett:`.",
        "A folder of templates that replace the built-in ones file by file.":
            "En mapp med mallar som ersätter de inbyggda fil för fil.",
        "The output folder.": "Mappen att skriva till.",
        "A follow-up register (see `report`): publishes uppfoljning/YEAR.html and links each area's latest from its page and the index.":
            "Ett uppföljningsregister (se `report`): publicerar uppfoljning/ÅR.html och länkar varje områdes senaste från dess sida och översikten.",
        "The group's id or name, in any case (default: the individforum).":
            "Gruppens id eller namn, med stora eller små bokstäver (standard: individforumet).",
        "The meeting date, YYYY-MM-DD.": "Mötesdatum, ÅÅÅÅ-MM-DD.",
        "When the need was noticed, YYYY-MM-DD (individforum only); the protocol shows the last day the meeting may be held.":
            "När behovet uppmärksammades, ÅÅÅÅ-MM-DD (bara individforum); protokollet visar den sista dag mötet får hållas.",
        "With --format pdf: PDF/A-3u for archiving (e-arkiv), tagged and declared PDF/UA-1, without form fields.":
            "Med --format pdf: PDF/A-3u för arkivering (e-arkiv), taggad och angiven som PDF/UA-1, utan formulärfält.",
        "With --archival: the filled-in PDF or Word form (made by the same command without --archival) whose answers the archival PDF prints.":
            "Med --archival: den ifyllda PDF- eller Word-blanketten (gjord med samma kommando utan --archival) vars svar arkiv-PDF:en skriver ut.",
        "The file to write (default: standard output).": "Filen att skriva (standard: standardutdata).",
        "The file to write; a folder gets a file named after the area (default: asked for on a terminal, standard output otherwise). An existing file is never overwritten.":
            "Filen att skriva; en mapp får en fil med områdets namn (standard: frågas efter i en terminal, annars standardutdata). En befintlig fil skrivs aldrig över.",
        "The register folder, with one folder per agreement and one per year in each":
            "Registermappen, med en mapp per överenskommelse och en per år i varje",
        "The year to follow up, YYYY.": "Året att följa upp, ÅÅÅÅ.",
        "The date the agreements are checked and the year is followed up to, YYYY-MM-DD (default: today).":
            "Datum som överenskommelserna kontrolleras mot och året följs upp till, ÅÅÅÅ-MM-DD (standard: i dag).",
        "Show every count, also 1 and 2 (internal use: never publish the result).":
            "Visa alla antal, även 1 och 2 (för internt bruk: publicera aldrig resultatet).",
        "The area (BUS-område), e.g. \"Järfälla\".": "BUS-området, t.ex. ”Järfälla”.",
        "The municipality, e.g. \"Järfälla kommun\" (default: the official name when the area is in Stockholm County).": "Kommunen, t.ex. ”Järfälla kommun” (standard: det officiella namnet när området ligger i Stockholms län).",
        "The rule set: bus-2012 or hök-2022, as you like to write it (\"HÖK 2022\", \"2012\"; default: hök-2022, the current one, also with --from).":
            "Regelverket: bus-2012 eller hök-2022, skrivet som du vill (”HÖK 2022”, ”2012”; standard: hök-2022, det gällande, även med --from).",
        "Start from this agreement instead of the rule set's skeleton.":
            "Utgå från den här överenskommelsen i stället för regelverkets stomme.",
        "Compare FILE with its version at this git revision (a commit, tag or branch).":
            "Jämför FIL med dess version i den här git-revisionen (en commit, tagg eller gren).",
        "Exit with status 1 when a change weakens the agreement (for CI).":
            "Avsluta med status 1 när en ändring försvagar överenskommelsen (för CI).",
        "The port; 0 picks a free one.": "Porten; 0 väljer en ledig.",
        // Output formats: the lists come from OutputFormats.all
        OutputFormats.help(for: .comparison) + OutputFormats.defaultHelp("text"):
            OutputFormats.help(for: .comparison, swedish: true) + OutputFormats.defaultHelp("text", swedish: true),
        "The file to write (default: standard output; required for pdf and docx).":
            "Filen att skriva (standard: standardutdata; krävs för pdf och docx).",
        "A Word document whose styles --format docx takes (Title, Heading 1–3, Table Grid …).":
            "Ett Word-dokument vars formatmallar --format docx använder (Rubrik, Rubrik 1–3, Tabellrutnät …).",
        "A Word document whose styles --format docx takes.": "Ett Word-dokument vars formatmallar --format docx använder.",
        "The folder the report is written to, as uppfoljning-YYYY.html, .md, .json, .pdf or .docx (uppfoljning-YYYY-intern.html with --no-suppression; default: standard output; required for pdf and docx).":
            "Mappen där uppföljningen skrivs, som uppfoljning-ÅÅÅÅ.html, .md, .json, .pdf eller .docx (uppfoljning-ÅÅÅÅ-intern.html med --no-suppression; standard: standardutdata; krävs för pdf och docx).",
        "Check the follow-up register in this folder too (every year of the agreements' registers, as report reads them), in the same output.":
            "Kontrollera också uppföljningsregistret i den här mappen (varje år av överenskommelsernas register, som report läser dem), i samma utdata.",
        "Replace a report already at -o or in --out (otherwise kept: it may have been added to by hand).":
            "Ersätt en uppföljning som redan finns vid -o eller i --out (annars behålls den: den kan ha kompletterats för hand).",
        "The file to write, as -o is in the other commands (instead of --out).":
            "Filen som skrivs, som -o i de andra kommandona (i stället för --out).",
        "Write the agreement itself as a document to sign: html, pdf or docx, ending in a page for the signatories.":
            "Skriv själva överenskommelsen som ett dokument att underteckna: html, pdf eller docx, med en sida för undertecknarna sist.",
    ].merging(documentFormatHelp) { first, _ in first }

    /// The single-document commands' `--format` help, one per document (two may read the same).
    private static var documentFormatHelp: [String: String] {
        Dictionary([OutputDocument.Kind.group, .deviationForm, .agreement, .followUp].map { kind in
            (OutputFormats.documentHelp(kind), OutputFormats.documentHelp(kind, swedish: true))
        }, uniquingKeysWith: { first, _ in first })
    }
}
