/// Reads an imported document's text for the facts of an agreement, with the language tools the rules use
/// (`Words`, `StemPhrase`, `FrequencyPhrase`, `IntervalPhrase`, `SwedishNumbers`, `NameKey`) and the rule
/// set's vocabulary: its services and their aliases, its county bodies, its phrases for meetings, follow-up,
/// consent and the school's SIP duty, its manager roles. A value is taken only where the text says it.
public struct FactFinder {
    /// A sentence (or a table row) of the document with its words and where it stands.
    struct Unit {
        var text: String
        var words: [String]
        /// For each word, the whitespace-separated token of `text` it came from.
        var tokenOfWord: [Int]
        var tokens: [String]
        var paragraph: Int
        /// The folded words of the headings above, nearest last; a heading's own unit has itself last.
        var headings: [[String]]
        var isHeading: Bool
        var block: Int
        /// Its place among the document's units (-1 for a text that is not one).
        var index = -1
        /// A table row's cells, each whole ("Utbildningsförvaltningen – Barn- och elevhälsan" is one).
        var cells: [String] = []

        var citation: Citation { Citation(quote: text, paragraph: paragraph) }

        /// The text the words `range` were read from, without the punctuation around it.
        func original(_ range: ClosedRange<Int>) -> String {
            let first = tokenOfWord[range.lowerBound], last = tokenOfWord[range.upperBound]
            return tokens[first...last].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:()\"'”“–-"))
        }

        func says(_ phrase: StemPhrase) -> Bool { phrase.matchRange(in: words[...]) != nil }
        func saysAny(_ phrases: [StemPhrase]) -> Bool { phrases.contains(where: says) }
        func match(_ phrase: StemPhrase) -> ClosedRange<Int>? { phrase.matchRange(in: words[...]) }
    }

    let document: ImportedDocument
    let ruleSet: RuleSet
    let units: [Unit]
    /// Phrases made once and the services each unit names, found once: a document of twenty thousand
    /// paragraphs is read in seconds.
    private let cache = Cache()

    final class Cache {
        var phrases: [String: StemPhrase] = [:]
        var services: [Int: [(service: String, range: ClosedRange<Int>)]] = [:]
        var groupKinds: [Int: [GroupKind]] = [:]
    }

    public init(document: ImportedDocument, ruleSet: RuleSet) {
        self.document = document
        self.ruleSet = ruleSet
        units = Self.numbered(Self.units(document))
    }

    func phrase(_ text: String, gap: Int = 2) -> StemPhrase {
        let key = "\(gap) \(text)"
        if let found = cache.phrases[key] { return found }
        let made = StemPhrase(text, gap: gap)
        cache.phrases[key] = made
        return made
    }

    // MARK: Units

    static func units(_ document: ImportedDocument) -> [Unit] {
        var units: [Unit] = []
        var headings: [(level: Int, words: [String])] = []
        for (index, block) in document.blocks.enumerated() {
            let paragraph = index + 1
            switch block {
            case .title(let text):
                // Above the sections as a heading of the first level is.
                headings = [(1, Words.folded(text))]
                units.append(unit(text, paragraph: paragraph, headings: headings.map(\.words), isHeading: true, block: index))
            case .heading(let level, let text):
                headings.removeAll { $0.level >= level }
                headings.append((level, Words.folded(text)))
                units.append(unit(text, paragraph: paragraph, headings: headings.map(\.words), isHeading: true, block: index))
            case .paragraph(let text), .listItem(_, _, let text):
                for sentence in sentences(text) {
                    units.append(unit(sentence, paragraph: paragraph, headings: headings.map(\.words), isHeading: false, block: index))
                }
            case .table(let rows, _):
                for row in rows {
                    var made = unit(row.filter { !$0.isEmpty }.joined(separator: " – "), paragraph: paragraph, headings: headings.map(\.words), isHeading: false, block: index)
                    made.cells = row.map { Whitespace.collapsed($0) }
                    units.append(made)
                }
            }
        }
        return units
    }

    static func numbered(_ units: [Unit]) -> [Unit] {
        var units = units
        for index in units.indices { units[index].index = index }
        return units
    }

    static func unit(_ text: String, paragraph: Int, headings: [[String]], isHeading: Bool, block: Int) -> Unit {
        let tokens = text.split(whereSeparator: { $0 == " " }).map(String.init)
        var words: [String] = [], owner: [Int] = []
        for (index, token) in tokens.enumerated() {
            for word in Words.folded(token) {
                words.append(word)
                owner.append(index)
            }
        }
        return Unit(text: text, words: words, tokenOfWord: owner, tokens: tokens, paragraph: paragraph, headings: headings,
                    isHeading: isHeading, block: block)
    }

    /// Sentences end at `.`, `!`, `?` or `;` before a space and a capital letter or digit (so "t.ex. en"
    /// does not end one), but not after an abbreviation with points inside ("fr.o.m. 2024-03-01").
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard ".!?;".contains(character), index + 2 < characters.count, characters[index + 1] == " " else { continue }
            if character == ".", let word = current.split(separator: " ").last, word.dropLast().contains("."),
               word.allSatisfy({ $0.isLetter || $0 == "." }) {
                continue
            }
            let next = characters[index + 2]
            if next.isUppercase || next.isNumber || character == ";" {
                sentences.append(current.trimmingWhitespace())
                current = ""
            }
        }
        let rest = current.trimmingWhitespace()
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    // MARK: Vocabulary

    /// Each kind's common names (`GroupKind.commonNames`, which `protocol --group` reads too).
    static let groupPhrases: [(GroupKind, [StemPhrase])] = GroupKind.allCases.map { kind in
        (kind, kind.commonNames.map { StemPhrase($0, gap: 0) })
    }

    /// The services a stretch of words names, in the order they appear, each once.
    func services(in words: ArraySlice<String>) -> [(service: String, range: ClosedRange<Int>)] {
        PartyMentions.services(in: words, ruleSet: ruleSet)
    }

    func services(in unit: Unit) -> [String] {
        serviceMentions(in: unit).map(\.service)
    }

    func serviceMentions(in unit: Unit) -> [(service: String, range: ClosedRange<Int>)] {
        if unit.index >= 0, let found = cache.services[unit.index] { return found }
        let found = services(in: unit.words[...])
        if unit.index >= 0 { cache.services[unit.index] = found }
        return found
    }

    /// The group kinds a unit speaks of, itself or (for a sentence that names none) through its nearest heading.
    func groupKinds(in unit: Unit, headingsToo: Bool = true) -> [GroupKind] {
        let key = unit.index * 2 + (headingsToo ? 1 : 0)
        if unit.index >= 0, let found = cache.groupKinds[key] { return found }
        let found = findGroupKinds(in: unit, headingsToo: headingsToo)
        if unit.index >= 0 { cache.groupKinds[key] = found }
        return found
    }

    private func findGroupKinds(in unit: Unit, headingsToo: Bool) -> [GroupKind] {
        let own = Self.groupPhrases.filter { _, phrases in unit.saysAny(phrases) }.map(\.0)
        if !own.isEmpty || !headingsToo { return own }
        for heading in unit.headings.reversed() {
            let kinds = Self.groupPhrases.filter { _, phrases in phrases.contains { $0.matches(heading) } }.map(\.0)
            if !kinds.isEmpty { return kinds }
        }
        return []
    }

    /// The group kinds a unit names, in the order it names them.
    func groupMentions(in unit: Unit) -> [GroupKind] {
        Self.groupPhrases.compactMap { kind, phrases -> (GroupKind, Int)? in
            phrases.compactMap { unit.match($0)?.lowerBound }.min().map { (kind, $0) }
        }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// Whether a negation stands in or just after the words `range` ("räcker inte", "inte skriftligt").
    func negated(_ unit: Unit, _ range: ClosedRange<Int>) -> Bool {
        let words = unit.words
        let window = max(0, range.lowerBound - 1)...min(words.count - 1, range.upperBound + 2)
        return window.contains { ruleSet.contradictions.negations.contains(words[$0]) }
    }

    /// "Någon stående arbetsgrupp finns inte", "det finns ingen arbetsgrupp": the text says there is none.
    func deniesExistence(_ unit: Unit, _ range: ClosedRange<Int>) -> Bool {
        let words = unit.words
        if range.lowerBound > 0, ["ingen", "inget", "inga"].contains(words[range.lowerBound - 1]) { return true }
        let after = words[(range.upperBound + 1)..<min(words.count, range.upperBound + 4)]
        return after.contains("finns") && after.contains { ruleSet.contradictions.negations.contains($0) || $0 == "ingen" }
    }

    func says(_ unit: Unit, _ phrases: [StemPhrase], negated allowNegated: Bool = false) -> Bool {
        phrases.contains { phrase in
            guard let range = unit.match(phrase) else { return false }
            return allowNegated || !negated(unit, range)
        }
    }

    /// A role with a manager's mandate ("enhetschef", "verksamhetschef", "rektor") as written.
    func role(in unit: Unit) -> String? { roles(in: unit).first?.role }

    /// Every role a unit names, with the word it starts at: "Biträdande rektor", "Chef för elevhälsan".
    func roles(in unit: Unit) -> [(role: String, at: Int)] {
        let roles = ruleSet.mandateRoles.map { $0.folded() } + ["samordnare", "handlaggare", "sekreterare", "kurator", "psykolog", "lakare"]
        var found: [(String, Int)] = []
        var index = 0
        while index < unit.words.count {
            let word = unit.words[index]
            guard roles.contains(where: { word.contains($0) }), !["chefer", "cheferna"].contains(word) || found.isEmpty else { index += 1; continue }
            var start = index
            if index > 0, ["bitradande", "tf", "ansvarig", "narmaste", "berord", "berorda", "medicinskt"].contains(unit.words[index - 1]) { start = index - 1 }
            var end = index
            // "Chef för elevhälsan", "Enhetschef barn och unga": the words that say for what, up to a comma.
            let token = unit.tokenOfWord[index]
            if !unit.tokens[token].hasSuffix(","), index + 2 < unit.words.count, unit.words[index + 1] == "for" || unit.words[index + 1] == "barn" {
                var next = index + 1
                while next < unit.words.count, next - index <= 4, unit.tokenOfWord[next] - unit.tokenOfWord[next - 1] <= 1,
                      !unit.tokens[unit.tokenOfWord[next - 1]].hasSuffix(","), !Self.roleEnds.contains(unit.words[next]) { next += 1 }
                next -= 1
                end = max(index, min(next, unit.words.count - 1))
                // A noun phrase does not end in "och", "för" or a hanging hyphen ("barn- och ungdomsenhet"):
                // read on to its noun, or, when it goes on too long, back to the last whole word.
                func hanging(_ word: Int) -> Bool {
                    Self.hangingWords.contains(unit.words[word]) || unit.tokens[unit.tokenOfWord[word]].hasSuffix("-")
                }
                var more = end
                while hanging(more), more + 1 < unit.words.count, more - end < 3, unit.tokenOfWord[more + 1] - unit.tokenOfWord[more] <= 1,
                      !unit.tokens[unit.tokenOfWord[more]].hasSuffix(",") { more += 1 }
                end = hanging(more) ? end : more
                while end > index, hanging(end) { end -= 1 }
                // "Förvaltningschef Barn- och ungdomsförvaltningen": without "för", an administration after
                // the role is the party it signs for, not a part of the role.
                if end > index, unit.words[index + 1] == "barn", unit.words[(index + 1)...end].contains(where: { $0.hasSuffix("forvaltningen") || $0.hasSuffix("forvaltning") }) {
                    end = index
                }
            }
            var text = unit.original(start...end)
            // A role is written in the indefinite form: "enhetschefen för …" convenes, the role is "Enhetschef för …".
            if let definite = Self.indefinite(unit.words[index]), let head = text.range(of: unit.tokens[unit.tokenOfWord[index]].trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()\"'”“"))) {
                text.replaceSubrange(head, with: text[head].dropLast(unit.words[index].count - definite.count))
            }
            if !text.isEmpty { found.append((text.prefix(1).uppercased() + text.dropFirst(), start)) }
            index = end + 1
        }
        return found
    }

    /// Verbs a role's words stop before: "verksamhetschef för elevhälsan sammankallar" is the role
    /// "Verksamhetschef för elevhälsan".
    static let roleEnds: Set<String> = ["sammankallar", "sammankallas", "kallar", "ar", "ska", "skall", "har", "ansvarar", "leder", "undertecknar"]

    /// Words a noun phrase does not end in.
    static let hangingWords: Set<String> = ["och", "for", "samt", "av", "i", "med", "eller", "inom", "vid", "pa"]

    /// A role word in the definite form, in the indefinite (folded): "enhetschefen" → "enhetschef",
    /// "rektorn" → "rektor", "samordnaren" → "samordnare"; nil when it is not definite.
    static func indefinite(_ word: String) -> String? {
        let stems = ["chef", "direktor", "rektor", "ledare", "forestandare", "samordnare", "handlaggare", "sekreterare", "kurator", "psykolog", "lakare"]
        for stem in stems {
            if word.hasSuffix(stem + "en"), !stem.hasSuffix("e") { return String(word.dropLast(2)) }
            if word.hasSuffix(stem + "n") { return String(word.dropLast(1)) }
        }
        return nil
    }

    // MARK: Finding

    public func facts(knownRuleSet: String?) -> ImportFacts {
        var facts = ImportFacts()
        findTitle(&facts)
        findMunicipality(&facts)
        facts.ruleSet = findRuleSet()
        findValidity(&facts)
        findParties(&facts)
        findGroups(&facts)
        findRoutines(&facts)
        findSignatories(&facts)
        return facts
    }

    private func findTitle(_ facts: inout ImportFacts) {
        let early = units.prefix(12)
        // The document's own title first: what its title style, or its short bold first line, says.
        let titleBlock = document.blocks.firstIndex { if case .title = $0 { return true } else { return false } }
        let title = early.first { $0.isHeading && $0.block == titleBlock && $0.says(phrase("överenskommel")) }
            ?? early.first { $0.isHeading && $0.says(phrase("överenskommel")) }
            ?? early.first { $0.isHeading && $0.headings.count == 1 && $0.block == 0 }
            ?? early.first { $0.says(phrase("överenskommel")) && $0.words.count <= 25 }
            ?? early.first { $0.isHeading }
        guard let title else { return }
        facts.title = Found(value: title.text, citation: title.citation)
        // "… (BUS) i Nacka", "… för Rinkeby-Kista och Spånga-Tensta", "… på Lidingö": the place at the title's end.
        // The years a title may end with ("för Järfälla 2027–2030") are not the place.
        var tokens = title.tokens[...]
        while let last = tokens.last, Self.isYears(last) { tokens = tokens.dropLast() }
        let preposition = tokens.lastIndex(where: { ["i", "för", "inom", "på"].contains($0.lowercased()) })
        let dash = tokens.lastIndex(where: { ["–", "—", "-"].contains($0) })
        if let index = preposition, index + 1 < tokens.endIndex, dash.map({ $0 < index }) ?? true {
            let place = tokens[(index + 1)...].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,:;()"))
            if let first = place.first, first.isUppercase, place.split(separator: " ").count <= 6 {
                facts.area = Found(value: Self.area(named: place), citation: title.citation)
            }
        } else if let dash, dash + 1 < tokens.endIndex {
            // "… särskilt stöd – Upplands-Bro": a place after the last dash, when it is one the table knows.
            let place = tokens[(dash + 1)...].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,:;()"))
            if place.split(separator: " ").count <= 3, let known = Municipalities.spelling(ofArea: place) {
                facts.area = Found(value: Self.area(named: known), citation: title.citation)
            }
        }
    }

    /// A heading's name and the kind after it in brackets ("BUS ledningsgrupp Järfälla (Styrgrupp)"),
    /// else nil.
    static func nameBeforeKind(_ heading: String) -> (name: String, kind: String)? {
        let text = heading.trimmingWhitespace()
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return nil }
        let name = text[..<open].trimmingWhitespace(), kind = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard !name.isEmpty, !kind.contains("(") else { return nil }
        return (String(name), String(kind))
    }

    /// "2027", "2027–2030", "2027-2030": a year or a span of years.
    static func isYears(_ token: String) -> Bool {
        let parts = token.split(whereSeparator: { $0 == "–" || $0 == "-" || $0 == "—" })
        return (1...2).contains(parts.count) && parts.allSatisfy { $0.count == 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// The area a title's place names: a municipality is the area by its place name, without "kommun" or
    /// "stad" ("i Lidingö stad" is the area *Lidingö*, "för Danderyds kommun" *Danderyd*); any other place
    /// as written.
    static func area(named place: String) -> String {
        let key = Municipalities.key(place)
        guard Municipalities.stem(of: key) != key, let area = Municipalities.spelling(ofArea: place) else { return place }
        return area
    }

    private func findMunicipality(_ facts: inout ImportFacts) {
        var counts: [String: (Int, Unit)] = [:]
        for unit in units {
            for (index, word) in unit.words.enumerated() where (word == "kommun" || word == "stad") && index > 0 {
                let token = unit.tokens[unit.tokenOfWord[index - 1]]
                guard let first = token.first, first.isUppercase, unit.tokenOfWord[index] == unit.tokenOfWord[index - 1] + 1 else { continue }
                let name = unit.original((index - 1)...index)
                if ["Region", "Varje", "Kommun", "Stad", "Respektive", "Berörd", "Denna", "Den"].contains(String(token)) { continue }
                let entry = counts[name] ?? (0, unit)
                counts[name] = (entry.0 + 1, entry.1)
            }
        }
        if let best = counts.max(by: { $0.value.0 < $1.value.0 || ($0.value.0 == $1.value.0 && $0.value.1.paragraph > $1.value.1.paragraph) }) {
            facts.municipality = Found(value: best.key, citation: best.value.1.citation)
        }
    }

    private func findRuleSet() -> Found<String>? {
        for unit in units {
            // The names `new` and `--rules` read as the rule set too (`RuleSet.builtIn(answer:)`).
            for (id, names) in RuleSet.namesInText where unit.saysAny(names.map { phrase($0) }) {
                return Found(value: id, citation: unit.citation)
            }
        }
        for unit in units where unit.words.contains("2012") && unit.saysAny([phrase("länsövergrip"), phrase("regional överenskommelse"), phrase("bus överenskommelse")]) {
            return Found(value: "bus-2012", citation: unit.citation)
        }
        return nil
    }

    /// Dates a unit writes, as `LocalDate.guess` reads them ("2023-01-01", "1 januari 2023", "2025-9-1",
    /// Word's en dashes) or a month alone ("2012-05"), with the word index each starts at.
    static func dates(in unit: Unit) -> [(date: String, at: Int)] {
        var found: [(String, Int)] = []
        let tokens = unit.tokens.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()")) }
        var index = 0
        while index < tokens.count {
            if index + 2 < tokens.count, Int(tokens[index]) != nil, tokens[index + 2].count == 4,
               let date = LocalDate.guess(tokens[index...(index + 2)].joined(separator: " ")) {
                found.append((date.description, index))
                index += 3
                continue
            }
            if tokens[index].count >= 8, let date = LocalDate.guess(tokens[index]) {
                found.append((date.description, index))
            } else if tokens[index].count >= 6, tokens[index].first?.isNumber == true, let month = LocalDate.guessMonth(tokens[index]),
                      let year = Int(month.prefix(4)), year > 1990 {
                found.append((month, index))
            }
            index += 1
        }
        return found.map { ($0.0, unit.tokenOfWord.firstIndex(of: $0.1) ?? 0) }
    }

    private func findValidity(_ facts: inout ImportFacts) {
        // "Överenskommelsen gäller från …", or without a subject ("Gäller fr.o.m. 2024-03-01 och tills
        // vidare.") as a sentence of its own or under a heading about validity ("Giltighetstid").
        for unit in units where unit.saysAny([phrase("gäller$"), phrase("giltig"), phrase("träder i kraft"), phrase("gälla$")])
            && (unit.saysAny([phrase("överenskommel"), phrase("avtal"), phrase("den$"), phrase("denna$")])
                || ["galler", "giltig", "giltighet", "giltighetstid"].contains(unit.words.first ?? "")
                || unit.headings.last.map { $0.contains { $0.hasPrefix("giltig") } } == true) {
            let dates = Self.dates(in: unit)
            let untilFurther = unit.says(phrase("tills$ vidare", gap: 0)) || unit.words.contains("tillsvidare")
            if facts.validFrom == nil, let first = dates.first {
                facts.validFrom = Found(value: first.date, citation: unit.citation)
                if dates.count > 1 { facts.validUntil = Found(value: dates[1].date, citation: unit.citation) }
            }
            if facts.validUntil == nil, untilFurther { facts.validUntil = Found(value: "tillsvidare", citation: unit.citation) }
            if facts.validFrom != nil, facts.validUntil != nil { break }
        }
        for unit in units where unit.saysAny([phrase("revider"), phrase("uppdater")]) {
            for date in Self.dates(in: unit) where !facts.revisions.contains(where: { $0.value == date.date }) {
                facts.revisions.append(Found(value: date.date, citation: unit.citation))
            }
        }
        // The place and date of signing, a line of its own: "Botkyrka den 1 mars 2025", or a date alone
        // under the signatures' heading.
        for unit in units where unit.words.count <= 6 && !unit.saysAny([phrase("revider"), phrase("uppdater"), phrase("gäller$"), phrase("beslut")]) {
            let dates = Self.dates(in: unit)
            guard dates.count == 1, dates[0].date.count == 10 else { continue }
            let underSignatures = unit.headings.last.map { $0.contains { $0.hasPrefix("underskrift") || $0.hasPrefix("underteckn") } } ?? false
            guard unit.words.contains("den") || underSignatures else { continue }
            facts.signed = Found(value: dates[0].date, citation: unit.citation)
            break
        }
    }

    /// The section that lists the parties ("Parter", "Ingående parter", "Parter och ansvar"), if any.
    private func partySectionUnits() -> [Unit] {
        let stems = [phrase("parter$"), phrase("parterna$"), phrase("ingående part"), phrase("samverkansparter")]
        guard let heading = units.firstIndex(where: { $0.isHeading && stems.contains(where: $0.says) }) else { return [] }
        let depth = units[heading].headings.count
        return Array(units[(heading + 1)...].prefix { !$0.isHeading || $0.headings.count > depth })
    }

    private func findParties(_ facts: inout ImportFacts) {
        var parties: [ImportFacts.PartyFact] = []
        func add(services: [String], name: Found<String>?, citation: Citation) {
            // A party named in a list is a party of its own, even when another provides the same service
            // (the independent schools beside the municipal ones); a service only mentioned is one party.
            let fresh = name == nil ? services.filter { service in !parties.contains { $0.services.contains(service) } } : services
            guard let first = fresh.first else { return }
            let principal: Principal
            let folded = name.map { Words.folded($0.value) } ?? []
            if folded.contains(where: { $0.hasPrefix("fristaende") || $0 == "enskild" || $0 == "enskilda" || $0 == "privat" }) {
                principal = .independent
            } else {
                principal = ruleSet.services[first]?.principal ?? .municipality
            }
            var id = principal == .independent ? "\(first)-enskild" : first
            var number = 2
            while parties.contains(where: { $0.id == id }) {
                id = "\(first)-\(number)"
                number += 1
            }
            parties.append(ImportFacts.PartyFact(id: id, name: name, principal: principal, services: fresh, citation: citation))
        }
        // A list of parties: each item that names a service is a party, named as the item names it.
        for unit in partySectionUnits() where !unit.isHeading {
            // A table's row is read in its cells that name the party, not in those that describe what it
            // does ("Ansvar och uppdrag": "Samverkar med elevhälsan …" names no party).
            let naming = namingCells(of: unit)
            let read = naming.map { FactFinder.unit($0.joined(separator: " – "), paragraph: 0, headings: [], isHeading: false, block: 0) } ?? unit
            var found = services(in: read)
            // A row whose naming cells name no service ("Gymnasie- och arbetsmarknadsförvaltningen") is
            // read whole: what it does says which service it provides ("Gymnasieskola och elevhälsa").
            if found.isEmpty, naming != nil { found = services(in: unit) }
            // Those invited when needed ("Vid behov bjuds även in …", "Adjungerade: …") are no parties.
            if isInvitation(read) {
                facts.invited.append(unit.citation)
                continue
            }
            guard !found.isEmpty else { continue }
            var name = unit.text.split(whereSeparator: { ":–;|".contains($0) }).first.map { String($0).trimmingWhitespace() } ?? unit.text
            // A table row's first cell is the name, whole: an en dash inside it is part of the name.
            if let cell = (naming ?? unit.cells).first(where: { !$0.isEmpty }) {
                name = cell
            } else if let colon = unit.text.firstIndex(of: ":"), unit.text[..<colon].split(separator: " ").count == 1 {
                // "Part: BUP Nacka; Huvudman: Region": the value after a label.
                name = unit.text[unit.text.index(after: colon)...].split(whereSeparator: { ";|–".contains($0) }).first.map { String($0).trimmingWhitespace() } ?? name
            }
            // A name, not a sentence: short, without a sentence's end.
            guard name.count <= 120, name.split(separator: " ").count <= 15, !name.hasSuffix(".") else {
                for service in found { add(services: [service], name: nil, citation: unit.citation) }
                continue
            }
            let own = services(in: FactFinder.unit(name, paragraph: 0, headings: [], isHeading: false, block: 0))
            add(services: own.isEmpty ? found : own, name: Found(value: name, citation: unit.citation), citation: unit.citation)
        }
        // Without such a list, every service the text names, by its first mention (not those it invites).
        if parties.isEmpty {
            for unit in units {
                let found = services(in: unit)
                if !found.isEmpty, isInvitation(namingCells(of: unit).map { FactFinder.unit($0.joined(separator: " – "), paragraph: 0, headings: [], isHeading: false, block: 0) } ?? unit) {
                    facts.invited.append(unit.citation)
                    continue
                }
                for service in found { add(services: [service], name: nil, citation: unit.citation) }
            }
        }
        facts.parties = parties
    }

    /// Words that invite someone to take part when needed rather than name a party: "Vid behov bjuds även in
    /// representanter från …", "Inbjuds vid behov", "Adjungerade: …", "kan kallas", "deltar vid behov".
    static let invitations = ["bjud in$", "inbjud", "adjunger", "kan$ kallas$", "kallas$ vid$ behov$", "delt vid$ behov$", "vid$ behov$ delt"]
        .map { StemPhrase($0, gap: 2) }

    func isInvitation(_ unit: Unit) -> Bool { unit.saysAny(Self.invitations) }

    /// A table row's cells that name its party, when its table labels its columns: all but those that
    /// describe the party's responsibility or task ("Ansvar och uppdrag", "Uppgift", "Beskrivning",
    /// "Kommentar"). Nil for a unit that is no such row.
    func namingCells(of unit: Unit) -> [String]? {
        guard !unit.cells.isEmpty, let labels = columnLabels(above: unit.block, count: unit.cells.count) else { return nil }
        let describing = ["ansvar", "uppdrag", "uppgift", "beskriv", "kommentar", "ovrigt", "syfte"]
        let kept = zip(labels, unit.cells).filter { label, _ in !Words.folded(label).contains { word in describing.contains { word.hasPrefix($0) } } }
        guard kept.count < labels.count else { return nil }
        // The row of labels itself names no party.
        guard zip(labels, unit.cells).contains(where: { Whitespace.collapsed($0) != Whitespace.collapsed($1) }) else { return [] }
        return kept.map(\.1)
    }

    /// The labels of a table's columns: its header row, or (a PDF read row by row, its table cut by a page)
    /// the first row of labels in the tables just above.
    func columnLabels(above block: Int, count: Int) -> [String]? {
        var block = block
        while block >= 0, case .table(let rows, let header) = document.blocks[block] {
            if header, let row = rows.first, row.count == count { return row }
            block -= 1
        }
        return nil
    }

    /// The party a unit names: by a party's name as the document wrote it, else by a service.
    private func partyMentions(in unit: Unit, facts: ImportFacts) -> [(party: String, at: Int)] {
        var found: [(String, Int)] = []
        for party in facts.parties {
            guard let name = party.name?.value, name.count >= 4 else { continue }
            let words = Words.folded(name)
            if let range = StemPhrase(words.joined(separator: " "), gap: 0).matchRange(in: unit.words[...]) { found.append((party.id, range.lowerBound)) }
        }
        if found.isEmpty {
            for (service, range) in serviceMentions(in: unit) {
                if let party = partyID(for: service, in: facts) { found.append((party, range.lowerBound)) }
            }
        }
        return found.sorted { $0.1 < $1.1 }
    }

    private func partyID(for service: String, in facts: ImportFacts) -> String? {
        facts.parties.first { $0.services.contains(service) }?.id
    }

    private func findGroups(_ facts: inout ImportFacts) {
        for (kind, phrases) in Self.groupPhrases {
            // "Någon stående arbetsgrupp finns inte": a group the text says there is none of is none.
            let mentions = units.compactMap { unit -> (Unit, ClosedRange<Int>)? in
                for phrase in phrases { if let range = unit.match(phrase), !negated(unit, range) { return (unit, range) } }
                return nil
            }
            // The county body (samrådsgruppen för barns och ungas hälsa) is no local group.
            // "Någon stående arbetsgrupp finns inte": a group the text says there is none of is none.
            if units.contains(where: { unit in phrases.contains { phrase in unit.match(phrase).map { deniesExistence(unit, $0) } ?? false } }) { continue }
            let ordered = mentions.filter { $0.0.isHeading } + mentions.filter { !$0.0.isHeading }
            guard let first = ordered.first(where: { unit, _ in !ruleSet.bodies.contains { body in ([body.name] + body.aliases).contains { unit.says(StemPhrase($0, gap: 0)) } } || kind != .consultationGroup }) else { continue }
            var nameRange = first.1
            if nameRange.lowerBound > 0, first.0.words[nameRange.lowerBound - 1] == "bus" { nameRange = (nameRange.lowerBound - 1)...nameRange.upperBound }
            if nameRange.lowerBound > 0, ["lokal", "lokala"].contains(first.0.words[nameRange.lowerBound - 1]) { nameRange = (nameRange.lowerBound - 1)...nameRange.upperBound }
            if nameRange.lowerBound > 0, first.0.words[nameRange.lowerBound - 1] == "bus" { nameRange = (nameRange.lowerBound - 1)...nameRange.upperBound }
            var name = first.0.original(Self.withPlace(nameRange, in: first.0))
            // A heading "BUS ledningsgrupp Järfälla (Styrgrupp)" names the group before its kind in brackets.
            if first.0.isHeading, let named = Self.nameBeforeKind(first.0.text), named.kind.localizedCaseInsensitiveContains(name) { name = named.name }
            name = name.prefix(1).uppercased() + name.dropFirst()
            var group = ImportFacts.GroupFact(id: kind.rawValue, kind: kind, name: Found(value: name, citation: first.0.citation))
            let context = units.filter { groupKinds(in: $0) == [kind] || (groupKinds(in: $0, headingsToo: false).first == kind) || carriedGroup(to: $0) == kind }
            for unit in context where !unit.isHeading {
                if group.cadence == nil, kind != .individualForum, unit.saysAny(ruleSet.contradictions.meetingWords + [phrase("möten$")]),
                   let cadence = FrequencyPhrase.cadence(in: unit.words) {
                    group.cadence = Found(value: cadence, citation: unit.citation)
                }
                if group.minutes == nil, kind == .individualForum, unit.says(phrase("protokoll")) {
                    group.minutes = unit.citation
                }
                if group.deadlineDays == nil, kind == .individualForum, unit.saysAny(ruleSet.contradictions.forumMeetingWords),
                   let days = FrequencyPhrase.deadlineDays(in: unit.words) {
                    group.deadlineDays = Found(value: days, citation: unit.citation)
                }
                if group.convener == nil, let convener = convener(in: unit, facts: facts) {
                    group.convener = Found(value: convener, citation: unit.citation)
                }
                if group.chair == nil, unit.says(phrase("ordförande")) {
                    if unit.saysAny([phrase("altern"), phrase("växl"), phrase("rotera"), phrase("turas"), phrase("rullande")]) {
                        let period = unit.says(phrase("termin")) ? Period.term : unit.saysAny([phrase("år$"), phrase("årsvis")]) ? Period.year : nil
                        group.chair = Found(value: .rotating(period: period), citation: unit.citation)
                    } else if let party = partyMentions(in: unit, facts: facts).first?.party {
                        group.chair = Found(value: .party(party), citation: unit.citation)
                    }
                }
            }
            group.members = members(of: kind, in: context, facts: facts)
            group.substitutes = substitutes(in: context, facts: facts)
            facts.groups.append(group)
        }
    }

    /// The group a sentence without a subject of its own goes on about: the one the sentence before it in
    /// the same paragraph names first ("BUS individforum sammankallas av … Mötet hålls inom tio arbetsdagar
    /// …", "Protokoll förs på fastställd mall."), read back over sentences that name none.
    func carriedGroup(to unit: Unit) -> GroupKind? {
        guard !unit.isHeading, unit.cells.isEmpty, unit.index > 0, groupKinds(in: unit, headingsToo: false).isEmpty else { return nil }
        var index = unit.index - 1
        while index >= 0, units[index].block == unit.block, !units[index].isHeading {
            if let kind = groupMentions(in: units[index]).first { return kind }
            index -= 1
        }
        return nil
    }

    /// A group's name in a heading with the place after it: "BUS lokal styrgrupp Nacka", "Styrgrupp
    /// Rinkeby-Kista och Spånga-Tensta" (the words with a capital that follow, and an "och" between two of
    /// them), not a "(Styrgrupp)" or what a sentence goes on with.
    static func withPlace(_ range: ClosedRange<Int>, in unit: Unit) -> ClosedRange<Int> {
        guard unit.isHeading else { return range }
        func capitalised(_ token: Int) -> Bool { unit.tokens[token].first.map { $0.isUppercase && $0.isLetter } == true }
        var lastToken = unit.tokenOfWord[range.upperBound]
        var token = lastToken + 1
        while token < unit.tokens.count {
            if capitalised(token) {
                lastToken = token
            } else if unit.tokens[token] == "och", token + 1 < unit.tokens.count, capitalised(token + 1) {
                lastToken = token + 1
                token += 1
            } else {
                break
            }
            token += 1
        }
        guard let end = unit.tokenOfWord.lastIndex(of: lastToken) else { return range }
        return range.lowerBound...max(range.upperBound, end)
    }

    /// Who a sentence says convenes its group, read from where the sentence names the convener: after
    /// "sammankallas av", "kallelse skickas av", "sammankallande är" or a row's "Sammankallande" cell; as
    /// the subject of "sammankallar", "kallar till" or "är sammankallande" (the party just after the verb
    /// when the sentence opens with something else: "Vid behov sammankallar socialtjänsten"). Unclear when
    /// the text gives no single party there: it rotates ("växlar årligen mellan kommun och region"), names
    /// two ("socialtjänsten eller BUP"), or only a principal or a role ("kommunens BUS-samordnare").
    /// Nil when the sentence does not say who convenes.
    func convener(in unit: Unit, facts: ImportFacts) -> ImportFacts.Convener? {
        let words = unit.words
        guard !unit.saysAny([phrase("sip$"), phrase("samordn individuell plan")]),
              let (keyword, namedAfter) = Self.convenerKeyword(in: words) else { return nil }
        // "ordföranden är också sammankallande": the chair, whoever it is, convenes (its turns are `ordförande`); there
        // is no party of its own to fill in.
        if words[..<keyword].suffix(4).contains(where: { ["ordföranden", "ordforanden"].contains($0) }) { return nil }
        let mentions = partyMentions(in: unit, facts: facts)
        let roles = roles(in: unit)
        var chosen: [String] = []
        var role: String?
        if unit.saysAny([phrase("altern"), phrase("växl"), phrase("rotera"), phrase("turas"), phrase("rullande")]) {
            return .unclear(role: nil)
        }
        if namedAfter {
            let after = mentions.filter { $0.at > keyword }
            if let first = after.first {
                chosen = [first.party] + Self.joined(after.dropFirst(), to: first.at, in: words)
            }
            role = roles.first { $0.at > keyword }?.role
        } else if let inverted = mentions.first(where: { $0.at > keyword && $0.at <= keyword + 2 }) {
            // "Vid behov sammankallar socialtjänsten": the subject after the verb.
            chosen = [inverted.party] + Self.joined(mentions.filter { $0.at > inverted.at }[...], to: inverted.at, in: words)
            role = roles.first { $0.at > keyword && $0.at <= keyword + 2 }?.role
        } else {
            // The subject: the parties of the clause the verb stands in ("Skolan kan begära att
            // socialtjänsten sammankallar" is socialtjänsten's), or the one a "som" refers back to.
            let boundary = (0..<keyword).last { Self.clauseStarts.contains(words[$0]) } ?? -1
            let subject = mentions.filter { $0.at > boundary && $0.at < keyword }
            if let first = subject.first {
                chosen = [first.party] + Self.joined(subject.dropFirst(), to: first.at, in: words)
            } else if boundary >= 0, words[boundary] == "som", let antecedent = mentions.last(where: { $0.at < boundary }) {
                chosen = [antecedent.party]
            }
            role = roles.first { $0.at > boundary && $0.at < keyword }?.role
        }
        var seen = Set<String>()
        chosen = chosen.filter { seen.insert($0).inserted }
        guard chosen.count == 1, let party = chosen.first else { return .unclear(role: role) }
        return .party(party, role: role)
    }

    /// Where a sentence names its convener: the word that says so, and whether the convener is named
    /// after it ("sammankallas av X", "Sammankallande: X") or before it ("X sammankallar").
    static func convenerKeyword(in words: [String]) -> (at: Int, namedAfter: Bool)? {
        for (index, word) in words.enumerated() {
            switch word {
            case "sammankallas", "kallas":
                if word == "kallas", !words.dropFirst(index + 1).prefix(1).contains("av") { continue }
                return (index, true)
            case "kallelse", "kallelsen", "kallelser":
                // "Kallelse skickas av BUP:s enhetschef", "Kallelsen till individforum skickas ut av …": named
                // after its "av". "Det är X som skickar ut kallelsen": the subject before the verb.
                if let by = words[(index + 1)...].prefix(6).firstIndex(of: "av") { return (by, true) }
                if let verb = words[max(0, index - 3)..<index].lastIndex(where: { ["skickar", "skicka", "sander", "gor"].contains($0) }) {
                    return (verb, false)
                }
                continue
            case "sammankallande":
                // "X är sammankallande", "turas om att vara sammankallande": the subject; else the label.
                if index > 0, ["ar", "vara", "blir", "som"].contains(words[index - 1]) { return (index, false) }
                return (index, true)
            case "sammankallar", "sammankalla":
                return (index, false)
            case "kallar" where calls(after: index, in: words):
                return (index, false)
            default:
                continue
            }
        }
        return nil
    }

    /// "kallar till", "kallar då cheferna med mandat": "kallar" with what it calls to, or whom, after at
    /// most two words of when (`whenWords`).
    static func calls(after verb: Int, in words: [String]) -> Bool {
        let next = words[(verb + 1)...].prefix(3).drop { whenWords.contains($0) }
        return next.first.map(calledPeople.contains) ?? false
    }

    static let whenWords: Set<String> = ["da", "sedan", "darefter", "ocksa", "alltid", "snarast", "vid", "behov"]
    /// What "kallar" calls in a sentence about a meeting: "till", the people, the meeting.
    static let calledPeople: Set<String> = ["till", "cheferna", "chefer", "parterna", "deltagarna", "berorda", "representanterna", "representanter",
                                            "ledamoterna", "medlemmarna", "motet", "forumet", "individforum", "samtliga", "alla"]

    /// Words that open a clause: the subject of a verb after one stands after it.
    static let clauseStarts: Set<String> = ["att", "som", "nar", "om", "da", "dar", "men"]

    /// The parties joined to the one at `start` by "och", "eller" or "samt" ("socialtjänsten eller BUP"):
    /// together they are no single convener.
    static func joined(_ others: ArraySlice<(party: String, at: Int)>, to start: Int, in words: [String]) -> [String] {
        var found: [String] = []
        var edge = start
        for other in others where other.at > edge {
            let between = words[(edge + 1)..<other.at]
            guard between.count <= 3, between.contains(where: { ["och", "eller", "samt"].contains($0) }) else { break }
            found.append(other.party)
            edge = other.at
        }
        return found
    }

    /// A role as its table cell writes it, whole, when the cell starts with it: "Chef med mandat att fatta
    /// beslut för verksamheten", not "Chef".
    private func wholeCell(starting role: String, in unit: Unit) -> String {
        guard let cell = unit.cells.first(where: { $0.lowercased().hasPrefix(role.lowercased()) }), cell.split(separator: " ").count <= 12 else { return role }
        let whole = cell.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:"))
        return whole.prefix(1).uppercased() + whole.dropFirst()
    }

    /// The substitutes a members' table names in its "Ersättare" column, by the party of their row:
    /// "Enhetschef | BUP Nacka | Biträdande enhetschef". The row of labels is the table's, or (a PDF read
    /// row by row) that of the rows just above.
    private func substitutes(in context: [Unit], facts: ImportFacts) -> [String: String] {
        func isLabel(_ cell: String) -> Bool { Words.folded(cell) == ["ersattare"] }
        func labels(above block: Int) -> [String]? {
            var block = block
            while block >= 0, case .table(let rows, _) = document.blocks[block] {
                if let row = rows.first(where: { $0.contains(where: isLabel) }) { return row }
                block -= 1
            }
            return nil
        }
        var found: [String: String] = [:]
        for unit in context where !unit.isHeading && !unit.cells.contains(where: isLabel) {
            guard let labels = labels(above: unit.block), let column = labels.firstIndex(where: isLabel), column < unit.cells.count,
                  !unit.cells[column].isEmpty, let party = partyMentions(in: unit, facts: facts).first?.party, found[party] == nil else { continue }
            found[party] = unit.cells[column]
        }
        return found
    }

    /// Plural nouns that say who in general, not which role: "chefer från varje part", "representanter för parterna".
    static let pluralGenerics: Set<String> = ["chefer", "cheferna", "representanter", "representanterna", "ledamoter", "ledamoterna"]

    /// Members where the text says who sits in a group: a list or table of roles and parties ("Enhetschef |
    /// BUP Nacka"), or "består av chefer från varje part" (every party), "BUP och habiliteringen håller
    /// behandlingskonferens" (the parties named), with the role it names.
    private func members(of kind: GroupKind, in context: [Unit], facts: ImportFacts) -> [Found<(party: String, role: String)>] {
        var listed: [Found<(party: String, role: String)>] = []
        for unit in context where !unit.isHeading && !unit.says(phrase("sammankall")) && !unit.says(phrase("ordförande")) {
            switch document.blocks[unit.block] {
            case .listItem, .table:
                if let party = partyMentions(in: unit, facts: facts).first?.party, let role = role(in: unit),
                   !listed.contains(where: { $0.value.party == party }) {
                    listed.append(Found(value: (party, wholeCell(starting: role, in: unit)), citation: unit.citation))
                }
            default:
                break
            }
        }
        if !listed.isEmpty { return listed }
        let composition = [phrase("består$"), phrase("ledamöter"), phrase("representant"), phrase("deltar$"), phrase("håller$"), phrase("ingår$"), phrase("bemann")]
        let everyone = [phrase("varje part"), phrase("alla parter"), phrase("samtliga parter"), phrase("varje verksamhet"), phrase("respektive part"), phrase("respektive verksamhet"), phrase("huvudmännens")]
        for unit in context where !unit.isHeading && unit.saysAny(composition) {
            var role = role(in: unit)
            if role == nil, let range = unit.match(phrase("representant")) { role = unit.original(range).prefix(1).uppercased() + unit.original(range).dropFirst() }
            // "består av chefer från varje part": a plural generic noun names no role, the authors write it.
            if let named = role, Self.pluralGenerics.contains(Words.folded(named).joined(separator: " ")) { role = nil }
            let parties = unit.saysAny(everyone) ? facts.parties.map(\.id) : partyMentions(in: unit, facts: facts).map(\.party)
            guard !parties.isEmpty else { continue }
            var seen = Set<String>()
            return parties.filter { seen.insert($0).inserted }.map { Found(value: ($0, role ?? "(ange roll)"), citation: unit.citation) }
        }
        return []
    }

    private func findRoutines(_ facts: inout ImportFacts) {
        let contradictions = ruleSet.contradictions
        let sipWords = [phrase("sip$"), phrase("samordn individuell plan")]
        let deviationBlocks = Set(units.filter { $0.says(phrase("avvikel")) && !$0.saysAny(contradictions.followUpWords) }.map(\.block))
        var initiators: [String] = []
        var initiatorCitation: Citation?
        // The routine's own section first: a revision note may name the receiver too.
        let underDeviations = units.filter { $0.headings.last.map { phrase("avvikel").matches($0) } == true }
        for unit in underDeviations + units where !unit.isHeading {
            if facts.consent == nil, unit.says(phrase("samtyck")) {
                // The weakest consent the text allows: "muntligt eller skriftligt" allows oral consent.
                if says(unit, contradictions.oralConsent) {
                    facts.consent = Found(value: .oral, citation: unit.citation)
                } else if says(unit, [phrase("skriftlig")]) {
                    facts.consent = Found(value: .written, citation: unit.citation)
                }
            }
            let aboutSIP = unit.saysAny(sipWords) || unit.headings.last.map { heading in sipWords.contains { $0.matches(heading) } } == true
            if facts.schoolSIP == nil, aboutSIP {
                if says(unit, contradictions.schoolShall) {
                    facts.schoolSIP = Found(value: .shall, citation: unit.citation)
                } else if says(unit, contradictions.schoolMay) {
                    facts.schoolSIP = Found(value: .may, citation: unit.citation)
                }
            }
            if aboutSIP, says(unit, [phrase("kalla"), phrase("kallar$"), phrase("initier"), phrase("aktualiser"), phrase("ta initiativ")]) {
                let all = unit.saysAny([phrase("alla parter"), phrase("samtliga parter"), phrase("samtliga aktörer"), phrase("varje part")])
                let named = all ? facts.parties.flatMap(\.services) : services(in: unit)
                for service in named where !initiators.contains(service) { initiators.append(service) }
                if !named.isEmpty, initiatorCitation == nil { initiatorCitation = unit.citation }
            }
            let aboutDeviations = deviationBlocks.contains(unit.block) || unit.headings.last.map { phrase("avvikel").matches($0) } == true
            if aboutDeviations {
                if facts.form == nil, unit.says(phrase("blankett")) || unit.words.contains(where: { $0.hasPrefix("avvikelseblankett") }) {
                    facts.form = unit.citation
                }
                if facts.firstStep == nil, let range = unit.match(phrase("närmaste", gap: 0)), range.upperBound + 1 < unit.words.count {
                    facts.firstStep = Found(value: unit.original(range.lowerBound...(range.upperBound + 1)).lowercased(), citation: unit.citation)
                }
                if facts.receiver == nil {
                    outer: for body in ruleSet.bodies {
                        for name in [body.name] + body.aliases where unit.says(phrase(name, gap: 0)) {
                            facts.receiver = Found(value: name, citation: unit.citation)
                            break outer
                        }
                    }
                }
            }
            if facts.followUp == nil, unit.saysAny(contradictions.followUpWords),
               unit.saysAny([phrase("överenskommel"), phrase("samverkan")]) || unit.headings.last.map({ phrase("uppfölj").matches($0) }) == true,
               let cadence = FrequencyPhrase.cadence(in: unit.words) {
                facts.followUp = Found(value: cadence.interval, citation: unit.citation)
                if let kind = groupKinds(in: unit, headingsToo: false).first, facts.groups.contains(where: { $0.kind == kind }) {
                    facts.followUpOwner = Found(value: kind.rawValue, citation: unit.citation)
                }
            }
        }
        if let citation = initiatorCitation { facts.sipInitiators = Found(value: initiators, citation: citation) }
        // The escalation: the groups the deviation routine's paragraph names, in its order, then the receiver.
        if let receiver = facts.receiver {
            var steps: [String] = []
            var citation = receiver.citation
            let receiverBlock = units.first(where: { $0.citation == receiver.citation })?.block
            let routine = units.filter { unit in
                !unit.isHeading && !unit.saysAny(contradictions.followUpWords)
                    && (unit.block == receiverBlock || unit.headings.last.map { phrase("avvikel").matches($0) } == true)
            }
            for unit in routine {
                for kind in groupMentions(in: unit) where facts.groups.contains(where: { $0.kind == kind }) && !steps.contains(kind.rawValue) {
                    if steps.isEmpty { citation = unit.citation }
                    steps.append(kind.rawValue)
                }
            }
            facts.escalation = Found(value: steps + [receiver.value], citation: citation)
        }
    }

    /// The signature block's section: the last heading about signing ("Underskrifter"), or a line of its
    /// own that says only that where the text has no headings, and the units under it.
    func signatureSection() -> (heading: Unit, section: [Unit])? {
        let stems = [phrase("underskrift"), phrase("underteck"), phrase("signatur"), phrase("påskrift"), phrase("beslutad av")]
        guard let heading = units.lastIndex(where: { $0.isHeading && $0.saysAny(stems) })
            ?? units.lastIndex(where: { $0.words.count <= 3 && $0.saysAny(stems) && !$0.text.hasSuffix(".") }) else { return nil }
        let depth = units[heading].isHeading ? units[heading].headings.count : 0
        return (units[heading], Array(units[(heading + 1)...].prefix(while: { !$0.isHeading || $0.headings.count > depth })))
    }

    /// The blocks of the document that are its signature block's form — the lines to sign on,
    /// "Namnförtydligande", "Ort och datum", "För Ekerö kommun", the names and roles of those who sign, as
    /// lines or as a table — and its heading when nothing else stands under it. They are read into
    /// `undertecknare`, never kept as body text (a name there is a person's). A sentence in the section
    /// ("Avtalet har upprättats i två exemplar.") stays text; a section with nothing to sign on is no
    /// signature block.
    public func signatureFormBlocks() -> Set<Int> {
        guard let (heading, section) = signatureSection() else { return [] }
        let blocks = section.map(\.block).reduce(into: [Int]()) { if $0.last != $1 { $0.append($1) } }
        func isForm(_ text: String) -> Bool {
            let trimmed = text.trimmingWhitespace()
            if !trimmed.contains(where: \.isLetter) { return true }
            return trimmed.split(separator: " ").count <= 10 && !trimmed.hasSuffix(".") && !trimmed.hasSuffix("!") && !trimmed.hasSuffix("?")
        }
        func form(_ block: Int) -> Bool {
            switch document.blocks[block] {
            case .title, .heading: return false
            case .paragraph(let text), .listItem(_, _, let text): return isForm(text)
            case .table(let rows, _): return rows.allSatisfy { $0.allSatisfy(isForm) }
            }
        }
        // Something to sign on (a line without letters, the words a signature form prints), or the roles
        // that sign ("Part | Befattning", "Socialchef").
        let signs = section.contains { unit in
            !unit.text.contains(where: \.isLetter) || unit.cells.contains { !$0.isEmpty && !$0.contains(where: \.isLetter) }
                || unit.words.contains { ["namnfortydligande", "namnteckning", "underskrift", "datum"].contains($0) }
                || !roles(in: unit).isEmpty
        }
        guard signs else { return [] }
        var dropped = Set(blocks.filter(form))
        if dropped.count == blocks.count { dropped.insert(heading.block) }
        return dropped
    }

    private func findSignatories(_ facts: inout ImportFacts) {
        guard let (_, section) = signatureSection() else { return }
        func signing(_ unit: Unit) -> [(party: String, at: Int)] {
            let named = partyMentions(in: unit, facts: facts)
            // "För Ekerö kommun", "Region Stockholm": a principal, signing for one of its parties.
            return named.isEmpty ? principalMentions(in: unit, facts: facts) : named
        }
        // A signature block writes the role above the party ("Verksamhetschef" / "BUP Nacka", as a printed
        // signature page does) or the party above the role ("För Ekerö kommun" / "Socialchef"): the first
        // line that names either says which.
        // "För Ekerö kommun" heads the block below it.
        func heads(_ unit: Unit) -> Bool { unit.words.first == "for" }
        let rolesFirst = section.compactMap { unit -> Bool? in
            let role = self.roles(in: unit).first?.at, party = signing(unit).first?.at
            if let role { return party.map { role < $0 } ?? true }
            return party == nil ? nil : false
        }.first ?? false
        var current: String?
        // "För Ekerö kommun" over a line to sign on and "Namnförtydligande", with no role under it: the
        // party signs, its role is left for the authors.
        // Each "För X" with the parties it may name and whether a role was read under it.
        var headed: [(parties: [String], citation: Citation, signed: Bool)] = []
        func head(_ unit: Unit, _ parties: [(party: String, at: Int)], citation: Citation) -> Int? {
            guard heads(unit) else { return nil }
            let named = partiesHeaded(by: unit, facts: facts) ?? parties.first.map { [$0.party] } ?? []
            guard !named.isEmpty else { return nil }
            headed.append((named, citation, !roles(in: unit).isEmpty))
            return headed.count - 1
        }
        // The party a role under "För X" signs for: X's, whatever the role's line guesses from a service
        // it names ("Förvaltningschef, socialförvaltningen"), unless that line names a party of another
        // principal (the block went on to the next party without its "För").
        func underHead(_ heading: (parties: [String], guesses: [String]), line: Unit?) -> String? {
            guard !heading.parties.isEmpty else { return nil }
            let principals = Set(heading.parties.compactMap { id in facts.parties.first { $0.id == id }?.principal })
            let named = line.map(signing) ?? []
            guard !named.contains(where: { guess in facts.parties.first { $0.id == guess.party }.map { !principals.contains($0.principal) } ?? false }) else { return nil }
            return choose(among: heading.parties, preferring: (line.map(guesses) ?? []) + heading.guesses, facts: facts)
        }
        // The parties a line guesses from the services it names, by name or service (not by principal).
        func guesses(_ unit: Unit) -> [String] { partyMentions(in: unit, facts: facts).map(\.party) }
        // A signature table is read by column: "För Värmdö kommun" heads the cells below it, not the row.
        var columns: [Int: String] = [:], table = -1
        var columnHeads: [Int: (parties: [String], guesses: [String])] = [:], columnHeaded: [Int: Int] = [:]
        for (offset, unit) in section.enumerated() where unit.cells.count > 1 {
            if unit.block != table { columns = [:]; columnHeads = [:]; columnHeaded = [:]; table = unit.block }
            let next = section.dropFirst(offset + 1).prefix(2).first { $0.cells.count == unit.cells.count }
            let cells = unit.cells.map { FactFinder.unit($0, paragraph: unit.paragraph, headings: unit.headings, isHeading: false, block: unit.block) }
            // "Ekerö kommun | Socialchef": a row that names a party and a role in cells side by side.
            let row = cells.flatMap { signing($0) }.map(\.party)
            for (column, cell) in cells.enumerated() {
                let parties = signing(cell)
                let roles = roles(in: cell)
                let below: String? = rolesFirst && parties.isEmpty
                    ? next.map { FactFinder.unit($0.cells[column], paragraph: 0, headings: [], isHeading: false, block: 0) }
                        .flatMap { self.roles(in: $0).isEmpty && !heads($0) ? signing($0).first?.party : nil }
                    : nil
                if let heading = partiesHeaded(by: cell, facts: facts) {
                    columnHeads[column] = (heading, guesses(cell))
                } else if heads(cell) {
                    columnHeads[column] = nil
                }
                let heading = rolesFirst ? nil : columnHeads[column]
                if !roles.isEmpty, let entry = columnHeaded[column] { headed[entry].signed = true }
                for role in roles {
                    let party = heading.flatMap { underHead($0, line: cell) }
                        ?? parties.first { $0.at > role.at }?.party ?? below ?? parties.last { $0.at < role.at }?.party ?? columns[column] ?? row.first
                    if let party {
                        if !facts.signatories.contains(where: { $0.value.party == party }) {
                            facts.signatories.append(Found(value: (party, role.role), citation: unit.citation))
                        }
                    } else {
                        facts.unplacedSignatories.append(Found(value: role.role, citation: unit.citation))
                    }
                }
                if heads(cell) { columnHeaded[column] = head(cell, parties, citation: unit.citation) }
                if heads(cell), let heading = columnHeads[column], let party = underHead(heading, line: nil) {
                    columns[column] = party; current = party
                } else if let last = parties.last { columns[column] = last.party; current = last.party }
            }
        }
        var heading: (parties: [String], guesses: [String])?, lastHeaded: Int?
        for (offset, unit) in section.enumerated() where unit.cells.count <= 1 {
            let parties = signing(unit)
            let roles = roles(in: unit)
            if let named = partiesHeaded(by: unit, facts: facts) {
                heading = (named, guesses(unit))
            } else if heads(unit) {
                heading = nil
            }
            // The parties on the line after roles that stand alone, when roles come first: one party for
            // each role in the same order (the columns of a signature page), else the first for all.
            let below: [String] = rolesFirst && parties.isEmpty
                ? section.dropFirst(offset + 1).prefix(2).first { !signing($0).isEmpty || !self.roles(in: $0).isEmpty }
                    .map { self.roles(in: $0).isEmpty && !heads($0) ? signing($0).map(\.party) : [] } ?? []
                : []
            if !roles.isEmpty, let lastHeaded { headed[lastHeaded].signed = true }
            // Each role with the party named nearest after it on the line (or below it), else before it, else the last one named.
            for (number, role) in roles.enumerated() {
                let underneath = below.count == roles.count ? below[number] : below.first
                let headed = rolesFirst ? nil : heading.flatMap { underHead($0, line: unit) }
                let party = headed ?? parties.first { $0.at > role.at }?.party ?? underneath ?? parties.last { $0.at < role.at }?.party ?? current
                if let party {
                    if !facts.signatories.contains(where: { $0.value.party == party }) {
                        facts.signatories.append(Found(value: (party, role.role), citation: unit.citation))
                    }
                } else {
                    facts.unplacedSignatories.append(Found(value: role.role, citation: unit.citation))
                }
            }
            if heads(unit) { lastHeaded = head(unit, parties, citation: unit.citation) }
            if heads(unit), let heading, let party = underHead(heading, line: nil) {
                current = party
            } else if let last = parties.last { current = last.party }
        }
        // "För X" with no role under it: one of X's parties that signs nowhere else, its role left for the authors.
        for (parties, citation, signed) in headed where !signed {
            let unsigned = parties.filter { party in !facts.signatories.contains { $0.value.party == party } && !facts.unnamedRoles.contains { $0.value == party } }
            if let party = unsigned.first { facts.unnamedRoles.append(Found(value: party, citation: citation)) }
        }
    }

    /// The parties "För X" signs for: those whose names hold X's own words ("För Österåkers kommun": the
    /// parties named "…, Österåkers kommun"), of the principal X names, the best matches only; nil for a
    /// line that is no "För X" or whose X names no party's name (then its words are read as any line's).
    private func partiesHeaded(by unit: Unit, facts: ImportFacts) -> [String]? {
        // A line to sign under, not a sentence that opens with "för".
        guard unit.words.first == "for", unit.words.count <= 10, !unit.text.hasSuffix(".") else { return nil }
        let named = unit.words.dropFirst()
        let municipal: Set = ["kommun", "kommunen", "stad", "staden"], regional: Set = ["region", "regionen", "landstinget", "sll"]
        let principal: Principal? = named.contains(where: municipal.contains) ? .municipality : named.contains(where: regional.contains) ? .region : nil
        let own = named.filter { !municipal.contains($0) && !regional.contains($0) && !["och", "i", "for", "av"].contains($0) }
        guard !own.isEmpty else { return nil }
        // A word of X is a word of the name, or one of them inflected ("Österåker", "Österåkers").
        func same(_ a: String, _ b: String) -> Bool { a == b || (min(a.count, b.count) >= 4 && (a.hasPrefix(b) || b.hasPrefix(a))) }
        let scored = facts.parties.compactMap { party -> (id: String, score: Int)? in
            guard let name = party.name?.value, principal.map({ $0 == party.principal }) ?? true else { return nil }
            let words = Words.folded(name)
            let score = own.filter { word in words.contains { same(word, $0) } }.count
            return score > 0 ? (party.id, score) : nil
        }
        guard let best = scored.map(\.score).max() else { return nil }
        return scored.filter { $0.score == best }.map(\.id)
    }

    /// One of the parties "För X" names: the one a line guesses from a service it names, else the first
    /// not yet among the signatories, else the first.
    private func choose(among parties: [String], preferring guesses: [String], facts: ImportFacts) -> String {
        guesses.first(where: parties.contains)
            ?? parties.first { party in !facts.signatories.contains { $0.value.party == party } } ?? parties[0]
    }

    /// A principal a line names ("Ekerö kommun", "kommunen", "Region Stockholm", "landstinget") as the
    /// party of that principal that signs for it: the first one not yet among the signatories.
    private func principalMentions(in unit: Unit, facts: ImportFacts) -> [(party: String, at: Int)] {
        var found: [(String, Int)] = []
        for (index, word) in unit.words.enumerated() {
            let principal: Principal
            switch word {
            case "kommun", "kommunen", "stad", "staden": principal = .municipality
            case "regionen", "landstinget", "sll": principal = .region
            case "region" where index + 1 < unit.words.count && unit.words[index + 1] == "stockholm": principal = .region
            default: continue
            }
            let candidates = facts.parties.filter { $0.principal == principal }
            guard let party = candidates.first(where: { candidate in !facts.signatories.contains { $0.value.party == candidate.id } }) ?? candidates.first else { continue }
            found.append((party.id, index))
        }
        return found
    }
}

import Foundation
