import ArgumentParser
import BUSDocsKit
import Foundation

struct New: ParsableCommand, WritesToOutputOption {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new agreement that passes check: the mandatory parties, the tiers, the routines and the sections, with guidance on what to write.",
        discussion: """
            Asks for what is missing when standard input is a terminal; takes flags otherwise. \
            --from starts from another area's agreement, keeping its structure. Never overwrites a file.
            """)

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; a folder gets a file named after the area (default: asked for on a terminal, standard output otherwise). An existing file is never overwritten.", valueName: "file"))
    var output: String?

    @Option(help: "The area (BUS-område), e.g. \"Järfälla\".")
    var area: String?

    @Option(help: "The municipality, e.g. \"Järfälla kommun\" (default: the official name when the area is in Stockholm County).")
    var kommun: String?

    @Option(help: "The rule set: bus-2012 or hök-2022, as you like to write it (\"HÖK 2022\", \"2012\"; default: hök-2022, the current one, also with --from).")
    var rules: String?

    @Option(help: "Start from this agreement instead of the rule set's skeleton.")
    var from: String?

    @Option(help: ArgumentHelp("The date the draft is checked against, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    func run() throws {
        // A file is refused before any question; a folder gets a file named after the area, once it is known.
        if let output, AgreementOutput.exists(output), !AgreementOutput.isFolder(output) {
            throw CLIError.outputExists(output)
        }
        if let output { try AgreementOutput.refuseNotMarkdown(output) }
        let today = try Today.parse(today)
        let interactive = isatty(STDIN_FILENO) == 1
        let base = try from.map { try Self.source($0, today: today) }
        let given = try value(area, flag: "--area", question: RunLanguage.pick(sv: "Område (BUS-område)", en: "Area (BUS-område)"), interactive: interactive)
        let area = try placeArea(given, interactive: interactive)
        // `--from` the area's own agreement keeps only its structure: a revision is a copy, compared with diff.
        if let base, let from, let old = base.agreement.area?.value,
           Municipalities.key(Municipalities.spelling(ofArea: old) ?? old) == Municipalities.key(area) {
            throw CLIError.fromOwnArea(from: from, area: area, copy: output.flatMap { AgreementOutput.isFolder($0) ? nil : $0 })
        }
        // The municipality's official name when the area is one the county's table knows; never a guess.
        let known = Municipalities.official(forArea: area)
        if kommun?.trimmingCharacters(in: .whitespaces).isEmpty ?? true, known == nil, !interactive {
            throw CLIError.municipalityUnknown(area: area)
        }
        let kommun = try municipality(in: area, known: known, interactive: interactive)
        // A new agreement is signed now: it follows the current rule set, also when the one it starts from
        // followed an older one, and says so.
        let current = RuleSet.builtInNames.last!
        let ruleSet = try chooseRuleSet(default: current, interactive: interactive)
        if let base, let from, rules?.trimmingCharacters(in: .whitespaces).isEmpty ?? true, let old = base.agreement.ruleSet?.value,
           let oldSet = RuleSet.builtIn(answer: old), oldSet.id != ruleSet.id {
            RunLanguage.note(sv: "Utkastet följer \(ruleSet.id), det gällande regelverket; \(from) följer \(oldSet.id) (--rules \(oldSet.id) behåller det).",
                             en: "The draft follows \(ruleSet.id), the current rule set; \(from) follows \(oldSet.id) (--rules \(oldSet.id) keeps it).")
        }
        let text: String
        var particulars: DraftParticulars?
        var keptFiles: [String] = []
        if let base {
            let fromAgreement = DraftFromAgreement(source: base.source, agreement: base.agreement, area: area, municipality: kommun, ruleSet: ruleSet)
            let draft = fromAgreement.draft
            text = draft.text
            particulars = draft
            keptFiles = fromAgreement.keptFiles
        } else {
            text = AgreementDraft(area: area, municipality: kommun, ruleSet: ruleSet).text
        }
        let chosen = try target(area: area, interactive: interactive)
        let destination = chosen?.path
        let label = destination ?? "<standard output>"
        let report = CheckReport(files: [CheckedFile.parse(bytes: Array(text.utf8), path: label, validator: Validator(today: today)).reportFile])
        if let destination {
            if let folder = chosen?.newFolder {
                // The documented layout: made, and said, so that check, build and serve find the draft.
                try AgreementOutput.makeFolder(folder)
            }
            try OutputWriter.refuseMissingFolder(destination)
            try FileWriter.create(Array(text.utf8), at: destination)
        } else {
            print(text, terminator: "")
        }
        let language = RunLanguage.current
        let errors = report.errorCount, warnings = report.warningCount
        let counts = language == .swedish
            ? "\(errors) fel, \(warnings) \(warnings == 1 ? "varning" : "varningar")"
            : "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
        let written = destination ?? (language == .swedish ? "till standardutdata" : "to standard output")
        FileHandle.standardError.write(Data((language == .swedish ? "Skrev \(written) (kontroll: \(counts))\n" : "Wrote \(written) (check: \(counts))\n").utf8))
        if let particulars, let summary = Self.summary(of: particulars, from: base?.agreement.area?.value ?? from ?? "") {
            RunLanguage.note(sv: summary.sv, en: summary.en)
        }
        // The county-wide agreement keeps its file, which the draft's folder may not have yet.
        if let from {
            let sourceFolder = URL(fileURLWithPath: from).deletingLastPathComponent()
            let targetFolder = destination.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            for file in keptFiles where !file.hasPrefix("/") && targetFolder.map({ !FileManager.default.fileExists(atPath: $0.appendingPathComponent(file).path) }) ?? true {
                let original = sourceFolder.appendingPathComponent(file).relativePath
                let copy = FileManager.default.fileExists(atPath: original)
                RunLanguage.note(sv: "Den länsövergripande överenskommelsen är alla områdens: bilagan behåller filen \(file), som ska ligga där räknat från utkastets mapp" + (copy ? " (kopiera \(original))." : "."),
                                 en: "The county-wide agreement is every area's: the attachment keeps its file \(file), which belongs there relative to the draft's folder" + (copy ? " (copy \(original))." : "."))
            }
        }
        // An error the old agreement carried is copied with its text: written, listed, and the exit status
        // says the draft does not pass, as `check` would.
        if report.errorCount > 0 {
            FileHandle.standardError.write(Data(TextFormatter().format(report, language: language).utf8))
            throw ExitCode(1)
        }
    }

    /// What `--from` replaced with placeholders, counted in each language ("Ersatte 3 namn, 2 telefonnummer
    /// och 1 e-postadress från Nacka med platshållare."); nil when it replaced nothing.
    static func summary(of particulars: DraftParticulars, from old: String) -> (sv: String, en: String)? {
        let counts = DraftParticulars.Kind.allCases.map { ($0, particulars.count($0)) }.filter { $0.1 > 0 }
        guard !counts.isEmpty else { return nil }
        let swedish = counts.map { kind, count in
            switch kind {
            case .name: "\(count) namn"
            case .phone: "\(count) telefonnummer"
            case .email: count == 1 ? "1 e-postadress" : "\(count) e-postadresser"
            case .place: "\(count) ortsnamn"
            }
        }
        let english = counts.map { kind, count in
            let noun = switch kind {
            case .name: "name"
            case .phone: "phone number"
            case .email: "e-mail address"
            case .place: "place name"
            }
            return "\(count) \(noun)\(count == 1 ? "" : kind == .email ? "es" : "s")"
        }
        return ("Ersatte \(swedish.listed("och")) från \(old) med platshållare.", "Replaced \(english.listed("and")) from \(old) with placeholders.")
    }

    /// The area as the county's table writes it ("ekerö" → *Ekerö*, "Väsby" → *Upplands Väsby*, "BUS Värmdö" →
    /// *Värmdö*, said on standard error), or as given when the table does not have it. A main town is not
    /// a typo: "Märsta" lies in *Sigtuna*, which a terminal offers for Enter (typed again, the town is the
    /// area), and a script keeps, saying so. A name a letter or two from one the table has is a typo until
    /// the user says otherwise: on a terminal the question comes again with the nearest name, for Enter only
    /// when it begins with the same letter (a guess that may be another municipality is never the answer
    /// for Enter); in a script it stops, unless `--kommun` names another municipality than the nearest
    /// name's: then it is an area the table does not have, written as given.
    private func placeArea(_ given: String, interactive: Bool) throws -> String {
        var answer = given
        while true {
            if let spelled = Municipalities.spelling(ofArea: answer) {
                if spelled != answer {
                    // "Värmdö kommun" for the area: the municipality's name, said as such.
                    if Municipalities.key(spelled) != Municipalities.key(answer), let official = Municipalities.official(forArea: spelled) {
                        RunLanguage.note(sv: "Området skrivs ”\(spelled)” som i länets tabell (kommunen är \(official)).",
                                         en: "The area is written \"\(spelled)\" as in the county's table (the municipality is \(official)).")
                    } else {
                        RunLanguage.note(sv: "Området skrivs ”\(spelled)” som i länets tabell.", en: "The area is written \"\(spelled)\" as in the county's table.")
                    }
                }
                return spelled
            }
            if let town = Municipalities.town(answer), let official = Municipalities.official(forArea: town.area) {
                let isDistrict = Municipalities.isStockholmDistrict(town.area)
                guard interactive else {
                    if kommun?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
                        RunLanguage.note(sv: "\(town.town) ligger i \(isDistrict ? "stadsdelsområdet \(town.area)" : official): utkastet gäller området \(answer) i \(official) (--area \"\(town.area)\" för hela \(isDistrict ? "stadsdelsområdet" : "kommunen")).",
                                         en: "\(town.town) lies in \(isDistrict ? "the district \(town.area)" : official): the draft is for the area \(answer) in \(official) (--area \"\(town.area)\" for the whole \(isDistrict ? "district" : "municipality")).")
                    }
                    return answer
                }
                let again = try ask(RunLanguage.pick(
                    sv: "\(town.town) ligger i \(isDistrict ? "stadsdelsområdet \(town.area)" : official) — tryck Enter för området \(town.area), eller skriv \(answer) igen om området bara är \(town.town)",
                    en: "\(town.town) lies in \(isDistrict ? "the district \(town.area)" : official) — press Enter for the area \(town.area), or type \(answer) again if the area is \(town.town) alone"),
                    default: town.area)
                switch Self.reply(again) {
                case .offered: return town.area
                // "nej" to the larger area: the area is the town alone, as the question offers.
                case .notOffered: return answer
                case .typed(let typed):
                    if Municipalities.key(typed) == Municipalities.key(answer) { return answer }
                    answer = typed
                    continue
                }
            }
            guard let nearest = Municipalities.suggestion(forArea: answer), let itsMunicipality = Municipalities.official(forArea: nearest) else {
                return answer
            }
            // "Märsta" is one letter from "Farsta": a guess whose first letter differs is offered, never taken for Enter.
            let likely = Municipalities.key(nearest).first == Municipalities.key(answer).first
            guard interactive else {
                let named = kommun.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                if named.isEmpty || Municipalities.official(forArea: named) == itsMunicipality {
                    throw CLIError.areaNotInCounty(area: answer, nearest: nearest, municipality: itsMunicipality, likely: likely)
                }
                return answer
            }
            let again = likely
                ? try ask(RunLanguage.pick(
                    sv: "Inget område i Stockholms län heter \(answer) — menade du \(nearest) (\(itsMunicipality))? Tryck Enter för \(nearest), eller skriv området igen",
                    en: "No area in Stockholm County is called \(answer) — did you mean \(nearest) (\(itsMunicipality))? Press Enter for \(nearest), or type the area again"),
                    default: nearest)
                : try ask(RunLanguage.pick(
                    sv: "Inget område i Stockholms län heter \(answer). Skriv området igen: \(answer) om det är rätt (kommunen frågas sedan efter), eller \(nearest) om du menade det (\(itsMunicipality))",
                    en: "No area in Stockholm County is called \(answer). Type the area again: \(answer) if that is right (the municipality is asked next), or \(nearest) if you meant it (\(itsMunicipality))"),
                    default: nil)
            let typed: String
            switch Self.reply(again) {
            case .offered:
                // The nearest name, asked about again if it is a town ("Mästa" → *Märsta*, in Sigtuna); without
                // one offered (another first letter), Enter or "ja" asks again.
                if likely { answer = nearest }
                continue
            case .notOffered:
                // "nej" to the nearest name: the area is asked for without it.
                guard likely else { continue }
                typed = try askPlainly(RunLanguage.pick(sv: "Område (BUS-område)", en: "Area (BUS-område)"))
            case .typed(let text):
                typed = text
            }
            if Municipalities.key(typed) == Municipalities.key(answer) { return answer }
            answer = typed
        }
    }

    /// The municipality: `--kommun`, or asked for with the table's name as the answer for Enter. An answer
    /// that names another municipality than the one the table has for the area is asked about once more on
    /// a terminal (it is written into every municipal party's name and the title page), and said on
    /// standard error in a script; one that differs only in case or hyphens is written as the table does.
    private func municipality(in area: String, known: String?, interactive: Bool) throws -> String {
        let question = RunLanguage.pick(sv: "Kommun", en: "Municipality")
        var answer = try value(kommun, flag: "--kommun", question: question, default: known, interactive: interactive)
        guard let known else { return try spelledMunicipality(answer, interactive: interactive) }
        while true {
            if Municipalities.key(answer) == Municipalities.key(known) || Municipalities.key(answer) == Municipalities.key(area) {
                // "Tyresö" for *Tyresö kommun*, "täby kommun": said, as the draft writes the table's name.
                if answer != known {
                    RunLanguage.note(sv: "Kommunen skrivs ”\(known)” som i länets tabell.", en: "The municipality is written \"\(known)\" as in the county's table.")
                }
                return known
            }
            // "Vaxholms kommun" for *Vaxholms stad* is the same municipality by another name than its
            // official one: said and asked about as any other name the table does not have for the area.
            guard interactive else {
                RunLanguage.note(sv: "bus-docs: --kommun \(answer): \(area) ligger i \(known) enligt länets tabell; utkastet skriver ”\(answer)” som det är givet.",
                                 en: "bus-docs: --kommun \(answer): \(area) lies in \(known) by the county's table; the draft writes \"\(answer)\" as given.")
                return answer
            }
            let typed = try askAgain(RunLanguage.pick(
                sv: "\(area) ligger i \(known) — tryck Enter för att använda det, eller skriv kommunens namn igen",
                en: "\(area) lies in \(known) — press Enter to use it, or type the municipality's name again"),
                offering: known, plainly: question)
            if typed == known || typed == answer { return typed }
            answer = typed
        }
    }

    /// The municipality for an area the table cannot place, as given, unless it is a letter or two from
    /// one of the county's ("Sollentnua"): then a terminal asks again with that one for Enter (typed
    /// again, the spelling is kept), and a script is told on standard error and keeps it.
    private func spelledMunicipality(_ given: String, interactive: Bool) throws -> String {
        var answer = given
        while let meant = Municipalities.suggestion(forMunicipality: answer) {
            guard interactive else {
                RunLanguage.note(sv: "bus-docs: --kommun \(answer): ingen kommun i Stockholms län heter så — menade du \(meant)? Skriv då --kommun \"\(meant)\"; utkastet skriver ”\(answer)” som det är givet.",
                                 en: "bus-docs: --kommun \(answer): no municipality in Stockholm County is called that — did you mean \(meant)? Then write --kommun \"\(meant)\"; the draft writes \"\(answer)\" as given.")
                return answer
            }
            let typed = try askAgain(RunLanguage.pick(
                sv: "Ingen kommun i Stockholms län heter \(answer) — menade du \(meant)? Tryck Enter för \(meant), eller skriv kommunens namn igen",
                en: "No municipality in Stockholm County is called \(answer) — did you mean \(meant)? Press Enter for \(meant), or type the municipality's name again"),
                offering: meant, plainly: RunLanguage.pick(sv: "Kommun", en: "Municipality"))
            if typed == meant || typed == answer { return typed }
            answer = typed
        }
        return answer
    }

    /// Where the draft goes, and the folder to make for it: `-o` as `AgreementOutput.target` reads it (a
    /// folder gets a file named after the area, `-o Agreements/` → *Agreements/ekero.md*); on a terminal
    /// without `-o`, the file asked for, with `Agreements/<area>.md` as the answer for Enter (never an
    /// existing file: after a taken name, the free name made from the area again); nil for standard
    /// output (a pipe or a redirection).
    private func target(area: String, interactive: Bool) throws -> (path: String, newFolder: String?)? {
        let fileName = AgreementDraft.fileName(forArea: area)
        if let output {
            do {
                return try AgreementOutput.target(output, fileName: fileName) { throw CLIError.outputExists($0) }
            } catch CLIError.outputExists(let inside) where interactive && AgreementOutput.isFolder(output) {
                // Every question is answered by now: a terminal is asked for another name, as without `-o`.
                RunLanguage.note(sv: "\(inside) finns redan; bus-docs new skriver aldrig över en fil — välj ett annat namn.",
                                 en: "\(inside) exists; bus-docs new never overwrites a file — choose another name.")
                return try askForFile(offered: inside, fileName: fileName)
            }
        }
        guard interactive, isatty(STDOUT_FILENO) == 1 else { return nil }
        // Inside the Agreements folder itself, the file goes where it is.
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).lastPathComponent
        let offered = here == AgreementOutput.agreementsFolder ? fileName : (AgreementOutput.agreementsFolder as NSString).appendingPathComponent(fileName)
        return try askForFile(offered: offered, fileName: fileName)
    }

    /// The file asked for on a terminal, `offered` (or the free name beside it) for Enter. A bare name
    /// typed where the offered file lies in a folder goes into that folder, said: check, build and serve
    /// look there (`./name` keeps it here).
    private func askForFile(offered: String, fileName: String) throws -> (path: String, newFolder: String?) {
        let fromArea = { AgreementOutput.exists(offered) ? CLIError.freeName(beside: offered) : offered }
        let offeredFolder = (offered as NSString).deletingLastPathComponent
        var suggestion = fromArea()
        while true {
            let question = RunLanguage.pick(sv: "Fil att skriva", en: "File to write")
            var answer: String
            switch Self.reply(try ask(question, default: suggestion)) {
            case .offered: answer = suggestion
            case .notOffered: answer = try askPlainly(question)
            case .typed(let typed): answer = typed
            }
            // A rule set's id typed here was meant for the question before: asked again (`bus-2012.md`
            // is still a file of that name).
            if RuleSet.builtIn(named: answer) != nil {
                RunLanguage.note(sv: "\(answer) är ett regelverk, inte ett filnamn — skriv filens namn, eller tryck Enter för \(suggestion).",
                                 en: "\(answer) is a rule set, not a file name — type the file's name, or press Enter for \(suggestion).")
                continue
            }
            // The bare name as typed, when it is put into the offered folder.
            var typed: String?
            if !offeredFolder.isEmpty, !answer.contains("/"), !AgreementOutput.isFolder(answer) {
                typed = answer
                answer = (offeredFolder as NSString).appendingPathComponent(answer)
            }
            if AgreementOutput.isFolder(answer) || answer.hasSuffix("/") {
                answer = (AgreementOutput.trimmingSlashes(answer) as NSString).appendingPathComponent(fileName)
            }
            let typedExtension = (answer as NSString).pathExtension
            if !typedExtension.isEmpty, typedExtension.lowercased() != "md" {
                // `nykvarn.docx`: refused, as `-o` refuses it, and asked again with the .md name.
                let meant = (answer as NSString).deletingPathExtension + ".md"
                suggestion = AgreementOutput.exists(meant) ? CLIError.freeName(beside: meant) : meant
                let word = CLIError.wordHint(forExtension: typedExtension)
                RunLanguage.note(sv: "\(answer): en överenskommelse är en .md-fil, och check, build och serve läser inga andra\(word.sv) — skriv t.ex. \(suggestion).",
                                 en: "\(answer): an agreement is a .md file, and check, build and serve read no other\(word.en) — type e.g. \(suggestion).")
                continue
            }
            if typedExtension.isEmpty { answer += ".md" }
            if let typed {
                RunLanguage.note(sv: "\(typed): överenskommelserna ligger i \(offeredFolder)/, där check, build och serve letar — skriver \(answer) (skriv ./\(typed) för den här mappen).",
                                 en: "\(typed): agreements live in \(offeredFolder)/, where check, build and serve look — writing \(answer) (type ./\(typed) for this folder).")
            } else if typedExtension.isEmpty {
                RunLanguage.note(sv: "En överenskommelse är en .md-fil: skriver \(answer).", en: "An agreement is a .md file: writing \(answer).")
            }
            let parent = (answer as NSString).deletingLastPathComponent
            if AgreementOutput.exists(answer) {
                suggestion = fromArea()
                RunLanguage.note(sv: "\(answer) finns redan; bus-docs new skriver aldrig över en fil — välj ett annat namn.",
                                 en: "\(answer) exists; bus-docs new never overwrites a file — choose another name.")
            } else if !parent.isEmpty, !AgreementOutput.isFolder(parent) {
                if AgreementOutput.isAgreementsFolder(parent), !AgreementOutput.exists(parent) { return (answer, parent) }
                RunLanguage.note(sv: "Mappen \(parent) finns inte — välj en mapp som finns.", en: "The folder \(parent) does not exist — choose a folder that does.")
            } else {
                return (answer, nil)
            }
        }
    }

    /// The rule set from `--rules`, or asked for until the answer names one ("HÖK 2022", "hök", "2012"…,
    /// as `RuleSet.builtIn(answer:)` reads them); a name near one ("hök 2023") offers that one for Enter.
    private func chooseRuleSet(default fallback: String, interactive: Bool) throws -> RuleSet {
        let names = RuleSet.builtInNames.joined(separator: RunLanguage.pick(sv: " eller ", en: " or "))
        if let rules, !rules.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let ruleSet = RuleSet.builtIn(answer: rules) else {
                throw CLIError.notABuiltInRuleSet(name: rules, meant: RuleSet.nearestBuiltIn(to: rules))
            }
            return ruleSet
        }
        guard interactive else { return RuleSet.builtIn(answer: fallback)! }
        let question = RunLanguage.pick(sv: "Regelverk (\(names))", en: "Rule set (\(names))")
        var offered = fallback
        while true {
            let name: String
            switch Self.reply(try ask(question, default: offered)) {
            case .offered: name = offered
            case .notOffered: name = try askPlainly(question)
            case .typed(let typed): name = typed
            }
            if let ruleSet = RuleSet.builtIn(answer: name) { return ruleSet }
            if let meant = RuleSet.nearestBuiltIn(to: name) {
                offered = meant
                RunLanguage.note(sv: "Okänt regelverk: \(name) — menade du \(meant)? Tryck Enter för \(meant), eller skriv \(names).",
                                 en: "Unknown rule set: \(name) — did you mean \(meant)? Press Enter for \(meant), or type \(names).")
            } else {
                offered = fallback
                RunLanguage.note(sv: "Okänt regelverk: \(name). Skriv \(names).", en: "Unknown rule set: \(name). Type \(names).")
            }
        }
    }

    /// A flag's value, or the answer to a question on a terminal (asked again while it is empty and there
    /// is no default), or its default; an error when a script leaves out a value that has no default.
    private func value(_ given: String?, flag: String, question: String, default fallback: String? = nil, interactive: Bool) throws -> String {
        if let given, !given.trimmingCharacters(in: .whitespaces).isEmpty { return given.trimmingCharacters(in: .whitespaces) }
        if interactive {
            while true {
                let answer = try ask(question, default: fallback)
                if let fallback {
                    switch Self.reply(answer) {
                    case .offered: return fallback
                    case .notOffered: return try askPlainly(question)
                    case .typed(let typed): return typed
                    }
                }
                if !answer.isEmpty { return answer }
                RunLanguage.note(sv: "Svaret behövs. Skriv det och tryck Enter (Ctrl-C avbryter).",
                                 en: "An answer is needed. Type it and press Enter (Ctrl-C stops).")
            }
        }
        if let fallback { return fallback }
        throw CLIError.answerRequired(flag: flag)
    }

    /// One question on standard error; the answer, trimmed. The end of input stops without a file.
    private func ask(_ question: String, default fallback: String?) throws -> String {
        FileHandle.standardError.write(Data("\(question)\(fallback.map { " [\($0)]" } ?? ""): ".utf8))
        guard let line = readLine() else {
            FileHandle.standardError.write(Data("\n".utf8))
            throw CLIError.noAnswer
        }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// An answer to a question that offers one (`[Nykvarns kommun]`, "tryck Enter för …").
    enum Reply: Equatable {
        /// Enter, or a yes ("ja", "j", "yes"): the answer offered.
        case offered
        /// A no ("nej", "n", "no"): not the answer offered; what is meant is asked for without it.
        case notOffered
        /// Anything else: the answer itself (a name, a file).
        case typed(String)
    }

    /// What an answer to a question that offers one says: a yes or a no is never taken for a name.
    static func reply(_ answer: String) -> Reply {
        switch answer.lowercased().trimmingCharacters(in: .punctuationCharacters) {
        case "", "ja", "j", "jo", "japp", "yes", "y", "ok", "okej": return .offered
        case "nej", "n", "no", "nä": return .notOffered
        default: return .typed(answer)
        }
    }

    /// A question asked again without an answer to offer, after a no: until an answer is typed (a yes or
    /// a no is none).
    /// `question` with `offered` for Enter or a yes: `offered`, or the answer typed — after a no, asked
    /// for with `plain` and no offer.
    private func askAgain(_ question: String, offering offered: String, plainly plain: String) throws -> String {
        switch Self.reply(try ask(question, default: offered)) {
        case .offered: return offered
        case .notOffered: return try askPlainly(plain)
        case .typed(let text): return text
        }
    }

    private func askPlainly(_ question: String) throws -> String {
        while true {
            let answer = try ask(question, default: nil)
            if case .typed(let typed) = Self.reply(answer) { return typed }
            RunLanguage.note(sv: "Skriv svaret och tryck Enter (Ctrl-C avbryter).", en: "Type the answer and press Enter (Ctrl-C stops).")
        }
    }

    /// The agreement `--from` names, parsed; it must have a front matter to start from, and no personal
    /// data: the draft would copy its text (`WithheldAgreement`).
    private static func source(_ path: String, today: LocalDate) throws -> (source: SourceFile, agreement: Agreement) {
        let parsed = try AgreementFiles.read(path)
        try WithheldAgreement.refuseDocument(of: path, Validator(rules: [PersonalIdentityNumbersRule()], today: today).validate(parsed))
        guard let source = parsed.source, let agreement = parsed.agreement else {
            let problem = parsed.diagnostics.first.map { "\($0.location.line):\($0.location.column): \($0.message.text(in: RunLanguage.current))" }
                ?? RunLanguage.pick(sv: "inget YAML-huvud", en: "no front matter")
            throw CLIError.cannotStartFrom(path: path, problem: problem)
        }
        return (source, agreement)
    }
}
