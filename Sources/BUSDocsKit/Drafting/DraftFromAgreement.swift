import Foundation

/// new --from: another area's agreement as the start of a new one. Its structure stays — parties, groups,
/// routines, sections and their text — while what belongs to the old area goes: the title, area,
/// municipality and districts, the parties' names, the revision history and the dates of validity.
/// The old area's names in the rest of the text become the new area's.
public struct DraftFromAgreement {
    public var source: SourceFile
    public var agreement: Agreement
    public var area: String
    public var municipality: String
    /// The rule set the new agreement names (`--rules`, by default the agreement's own).
    public var ruleSet: RuleSet

    public init(source: SourceFile, agreement: Agreement, area: String, municipality: String, ruleSet: RuleSet) {
        self.source = source
        self.agreement = agreement
        self.area = area
        self.municipality = municipality
        self.ruleSet = ruleSet
    }

    /// How a party name `--from` leaves for the authors opens: "Ange partens namn i Värmdö (BUP)".
    public static let partyNamePlaceholderStart = "Ange partens namn i "
    /// How an attachment file `--from` leaves for the authors opens: "(ange filen för Värmdö)".
    public static let attachmentFilePlaceholderStart = "(ange filen för "

    public var text: String { draft.text }

    /// The attachment files the draft keeps: the county-wide agreement's (`isCountyWideAgreement`), which
    /// the new area's folder needs a copy of.
    public var keptFiles: [String] {
        agreement.attachments.filter { Self.isCountyWideAgreement(title: $0.title?.value ?? "") }.compactMap { $0.file?.value }
    }

    /// Whether an attachment's title names the county-wide BUS agreement, the same for every area: an
    /// agreement ("överenskommelse", "BUS-överenskommelsen") said to be county-wide ("Länsövergripande",
    /// "regional") or the county's ("… för Stockholms län", "… och kommunerna i Stockholms län"), and
    /// not a local one.
    static func isCountyWideAgreement(title: String) -> Bool {
        let words = Words.folded(title)
        guard words.contains(where: { $0.hasPrefix("overenskommelse") }), !words.contains(where: { $0.hasPrefix("lokal") }) else { return false }
        if words.contains(where: { $0.hasPrefix("lansovergripande") || $0.hasPrefix("regional") }) { return true }
        return zip(words, words.dropFirst()).contains { $0 == "stockholms" && ($1 == "lan" || $1 == "lans") }
    }

    /// The draft's text, with the old area's particulars — persons' names, phone numbers, e-mail addresses,
    /// its schools', units' and towns' names — replaced by placeholders, and what was replaced.
    public var draft: DraftParticulars {
        let towns = oldTowns
        // What the old area's names became: "Nacka gymnasium" is "Täby gymnasium" by now, a school Täby may not have.
        let places = Set([area] + Municipalities.parts(of: area)).union(towns)
        // A Stockholm district's own stadsdelsförvaltning is the one the draft means ("Bromma stadsdelsförvaltning").
        let kept: Set<String> = Municipalities.isStockholmDistrict(area)
            ? Set(Municipalities.parts(of: area).flatMap { ["\($0) stadsdelsförvaltning", "\($0) stadsdelsförvaltningen"] }) : []
        return DraftParticulars(replacingIn: structuralText, places: places, towns: towns, keeping: kept)
    }

    /// The towns of the old area that are not the new one's: "Handen" of Haninge.
    var oldTowns: Set<String> {
        Set(Municipalities.towns(inArea: agreement.area?.value ?? "")).subtracting(Municipalities.towns(inArea: area))
    }

    /// The draft before the particulars go: the old agreement's structure with the new area's names.
    var structuralText: String {
        var lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Parties of the same services and principal (two districts' social services) become one
        // placeholder party: their list items go, and references to them name the one that stays.
        let (merged, dropped) = mergedParties(in: lines)
        var renamed = renamedIDs
        for (gone, kept) in merged { renamed[gone] = renamed[kept] ?? kept }
        // Values first, by position, from the last to the first so earlier columns stay right.
        var edits: [(location: SourceLocation, value: String)] = []
        if let title = agreement.title {
            edits.append((title.location, YAMLText.quoted("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd (BUS) i \(area)")))
        }
        if let old = agreement.area { edits.append((old.location, YAMLText.quoted(area))) }
        if let old = agreement.municipality { edits.append((old.location, YAMLText.quoted(municipality))) }
        if let old = agreement.ruleSet { edits.append((old.location, ruleSet.id)) }
        // Each party's placeholder names its services by their short names; two parties with the same
        // services are told apart by their ids.
        let parties = agreement.parties.filter { merged[$0.id.value] == nil }
        let described = parties.map { party in
            party.services.map { Self.shortName(ruleSet.serviceName($0.value, in: .swedish)) }.joined(separator: ", ")
        }
        for (party, services) in zip(parties, described) {
            guard let name = party.name else { continue }
            let id = renamed[party.id.value] ?? party.id.value
            let shared = described.filter { $0 == services }.count > 1
            var label = services.isEmpty ? id : shared ? "\(services), \(id)" : services
            // The independent schools beside the municipality's own: said, not only "(utbildning)".
            if party.principal?.value == .independent { label = "de fristående skolorna, \(label), enskild huvudman" }
            edits.append((name.location, YAMLText.quoted(Self.partyNamePlaceholderStart + "\(area) (\(label))")))
        }
        // The old area's own files (its SIP routine, a form) are not the new area's: each becomes a
        // placeholder the check warns about; a built-in `mall:` stays, and so does the county-wide
        // agreement, which is every area's.
        for attachment in agreement.attachments where !Self.isCountyWideAgreement(title: attachment.title?.value ?? "") {
            guard let file = attachment.file else { continue }
            edits.append((file.location, YAMLText.quoted(Self.attachmentFilePlaceholderStart + "\(area))")))
        }
        for edit in edits.sorted(by: { ($0.location.line, $0.location.column) > ($1.location.line, $1.location.column) }) {
            let index = edit.location.line - 1
            guard lines.indices.contains(index) else { continue }
            lines[index] = ScalarSpan.replacing(in: lines[index], atColumn: edit.location.column, with: edit.value)
        }
        // The merged parties' list items go (from the last, so earlier lines keep their numbers).
        for index in dropped.sorted(by: >) where lines.indices.contains(index) { lines.remove(at: index) }
        // Then whole blocks: the history and the districts go, validity starts again.
        let closing = agreement.frontMatterRange.end.line - dropped.count
        lines = TopLevelBlocks.replacing("revisioner", in: lines, before: closing, with: [])
        lines = TopLevelBlocks.replacing("stadsdelsområden", in: lines, before: closing, with: [])
        lines = TopLevelBlocks.replacing("giltighet", in: lines, before: closing, with: [
            "giltighet:",
            "  # Gäller från undertecknandet; skriv `från: ÅÅÅÅ-MM-DD` om den ska gälla från ett visst datum.",
            "  till: tillsvidare",
        ])
        // A draft, whatever the source agreement had come to.
        if agreement.status != nil {
            lines = TopLevelBlocks.replacing("status", in: lines, before: closing, with: ["status: utkast"])
        } else {
            lines.insert("status: utkast", at: min(agreement.kind?.location.line ?? 2, lines.count))
        }
        // Ids named after the old area are named after the new one, and every reference follows.
        // The front matter ends at the second `---` (the blocks above changed its length).
        let bodyStart = lines.indices.dropFirst().first { lines[$0].trimmingCharacters(in: .whitespaces) == "---" }.map { $0 + 1 } ?? lines.count
        for index in 0..<bodyStart {
            let line = Self.replacingIDs(renamed, in: lines[index])
            // A merged party in a chair's rotation takes its turn once: `[sdf-a, bup, sdf-a]` → `[sdf-a, bup]`.
            lines[index] = merged.isEmpty || line == lines[index] ? line : Self.withoutRepeatedItems(in: line)
        }
        // The old area's own names in group names and the body: area, municipality, districts, and the
        // place names its parties' ids were made from ("Järva" of `bumm-jarva`).
        // The parts of an area of two municipalities count by themselves ("Upplands Väsby" before the id
        // place "Väsby"), and so do its municipalities' official names ("Upplands Väsby kommun").
        let oldArea = agreement.area?.value ?? ""
        let parts = Municipalities.parts(of: oldArea)
        let officialParts = parts.count > 1 ? parts.compactMap { Municipalities.official(forArea: $0) } : []
        let oldNames = ([agreement.area?.value, agreement.municipality?.value] + agreement.cityDistricts.map(\.value)).compactMap { $0 }
            + placeNames + (parts.count > 1 ? parts : [])
        let municipalities = Set([agreement.municipality?.value].compactMap { $0 } + officialParts)

        var body = Array(lines[bodyStart...]).joined(separator: "\n")
        // The old agreement's history is not the new one's: its signing and revision dates go.
        body = Self.replacingHistory(in: body, area: area)
        // "i stadsdelsområdena Rinkeby-Kista och Spånga-Tensta" is not how a municipality is named, and
        // "X och Y bildar tillsammans BUS-området Z" is not said of it at all.
        if !agreement.cityDistricts.isEmpty {
            body = districtWording(in: body)
        }
        if !agreement.cityDistricts.isEmpty || parts.count > 1 {
            body = Self.replacingDistrictSentences(in: body, area: area, asDistrict: Municipalities.isStockholmDistrict(area))
        }
        // "BUMM Järva" and "BUMM Handen" are units of the old area: the new area's are for the authors to name.
        body = Self.replacingUnitNames(in: body, places: Set(oldNames + officialParts).subtracting(municipalities).union(oldTowns), area: area)
        body = replacingPartyNames(in: body)
        // A stadsdelsdirektör heads a Stockholm district; a municipality's title is for the authors to write.
        if !Municipalities.isStockholmDistrict(area) {
            for index in 0..<bodyStart {
                lines[index] = lines[index].replacing("roll: Stadsdelsdirektör", with: "roll: Socialchef (ange titel)")
            }
        }
        var text = (Array(lines[..<bodyStart]) + [body]).joined(separator: "\n")
        for name in Set(oldNames + officialParts).sorted(by: { ($0.count, $0) > ($1.count, $1) }) where name.count >= 3 {
            let replacement = municipalities.contains(name) ? municipality : area
            // A name in capitals ("FÖR JÄRFÄLLA") is replaced in capitals.
            if name == name.uppercased() {
                text = text.replacing(name, with: replacement.uppercased())
            } else {
                text = text.replacing(name, with: replacement)
                text = text.replacing(name.uppercased(), with: replacement.uppercased())
            }
        }
        // Two old districts that both became the new area are named once: "i Järfälla och Järfälla".
        for name in [area, municipality] {
            for separator in [" och ", " och\n", "\noch ", " eller ", " eller\n", ", ", "–", " – "] {
                text = text.replacing(name + separator + name, with: name)
            }
        }
        return text
    }

    // MARK: Unit names

    /// The old parties' own names in the text ("**PRIMA Barn- och ungdomspsykiatri** ansvarar …") become
    /// what `new` writes for a unit: "BUP i Nykvarn (ange enhetens namn)" — another area's provider is not
    /// the new area's.
    func replacingPartyNames(in body: String) -> String {
        var text = body
        let municipalities = Set([agreement.municipality?.value].compactMap { $0 })
        for party in agreement.parties.sorted(by: { ($0.name?.value.count ?? 0) > ($1.name?.value.count ?? 0) }) {
            guard let name = party.name?.value, name.count >= 3, !municipalities.contains(name),
                  let service = party.services.first?.value else { continue }
            text = text.replacing(name, with: "\(Self.shortName(ruleSet.serviceName(service, in: .swedish))) i \(area) (ange enhetens namn)")
        }
        return text
    }

    /// Words that end a unit's name before its place: "habiliteringscenter Nacka", "Malinamottagningen Nacka".
    static let unitEndings = ["center", "centret", "centrum", "mottagning", "mottagningen", "vårdcentral", "vårdcentralen",
                              "enhet", "enheten", "område", "skola", "skolan", "förvaltning", "förvaltningen"]

    /// Capitals that are no unit: "BUS-området Nacka" is the area itself.
    static let notUnits: Set<String> = ["BUS", "FÖR", "OCH", "SIP", "HÖK", "LSS", "HSL", "SOL", "KSL"]

    /// Each unit named by one of the old area's `places` ("BUP Nacka", "BUMM Järva", "habiliteringscenter
    /// Haninge/Tyresö") becomes what `new` writes for a unit: its kind in the new area and a placeholder
    /// for the name ("BUP i Täby (ange enhetens namn)"), never a unit that may not exist ("BUMM Täby").
    static func replacingUnitNames(in body: String, places: Set<String>, area: String) -> String {
        let names = places.filter { $0.count >= 3 }.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: $0) }
        guard !names.isEmpty else { return body }
        let place = "(?:" + names.joined(separator: "|") + ")"
        let other = "\\p{Lu}[\\p{L}-]*"
        let unit = "\\p{Lu}{2,}\\p{Ll}*|[\\p{L}-]*(?:" + unitEndings.joined(separator: "|") + ")"
        let pattern = "(?<![\\p{L}-])(\(unit)) +(?:\(other)/)*\(place)(?:/\(other))*(?![\\p{L}-])"
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return body }
        var text = body
        for match in expression.matches(in: body, range: NSRange(body.startIndex..., in: body)).reversed() {
            guard let whole = Range(match.range, in: text), let kind = Range(match.range(at: 1), in: text) else { continue }
            let word = String(text[kind])
            // Not the area's own name ("BUS-området Nacka"), nor a word of a heading in capitals.
            guard !notUnits.contains(word), !word.hasPrefix("BUS") else { continue }
            text.replaceSubrange(whole, with: "\(word) i \(area) (ange enhetens namn)")
        }
        return text
    }

    // MARK: District sentences

    /// Sentences that say how the old districts make up their BUS area ("Skärholmen och Hägersten-Älvsjö
    /// bildar tillsammans BUS-området Sydväst", "I staden finns flera lokala BUS-grupper") become one
    /// guidance for the new area's authors. `asDistrict`: the new area is a Stockholm district itself, of
    /// which what is said of the city stays true.
    static func replacingDistrictSentences(in body: String, area: String, asDistrict: Bool) -> String {
        let always = ["bildar tillsammans", "bildar ett gemensamt", "gemensamt bus-område", "gemensamma bus-område"]
        let ofTheCity = ["i staden finns", "lokala bus-grupper"]
        return replacingSentences(in: body, with: "*Vägledning:* Beskriv vilket område överenskommelsen gäller för i \(area) och hur det hänger ihop med andra BUS-grupper.") { flat in
            always.contains(where: flat.contains) || (!asDistrict && ofTheCity.contains(where: flat.contains))
        }
    }

    /// Each sentence of prose (not of a list, table or quote) that `matches` (given in lower case, on one
    /// line) goes, and `guidance` stands as a paragraph of its own where it went: before the paragraph
    /// when the paragraph opened with it, else after it, or in its place when no sentence is left. What
    /// is kept of a paragraph stays one paragraph, its line breaks as they were. A heading right above stays.
    static func replacingSentences(in body: String, with guidance: String, matches: (String) -> Bool) -> String {
        var split = BodyParagraphs(body)
        for (index, paragraph) in split.paragraphs.enumerated() {
            var lines = paragraph.components(separatedBy: "\n")
            var kept: [String] = []
            while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty || first.hasPrefix("#") {
                kept.append(lines.removeFirst())
            }
            let prose = lines.joined(separator: "\n")
            guard let first = prose.first, !"-*+|>".contains(first) || prose.hasPrefix("**") else { continue }
            let all = sentences(in: prose)
            let flat = all.map { Self.flat(prose[$0]) }
            var removed = all.indices.map { matches(flat[$0]) }
            guard removed.contains(true) else { continue }
            // A sentence that points back at a removed one ("… ersätter Nackas tidigare överenskommelse. Den är
            // skriven för att …") would point at whatever precedes it now: when the removed sentence was
            // about the agreement, "Den"/"Denna" becomes "Överenskommelsen"; otherwise it goes with it.
            var opening: [Int: String] = [:]
            for position in all.indices.dropFirst() where removed[position - 1] && !removed[position] {
                guard let word = Self.backReference(flat[position]) else { continue }
                if ["den", "denna"].contains(word), flat[position - 1].contains("överenskommelse") {
                    opening[position] = word
                } else {
                    removed[position] = true
                }
            }
            // What is kept stays one paragraph: each kept sentence as written (its line breaks, soft or
            // hard, stay), a kept sentence after another that stood on the same line or after a removed
            // one with a space between.
            var rest = ""
            for position in all.indices where !removed[position] {
                var sentence = String(prose[all[position]])
                if let word = opening[position] { sentence = "Överenskommelsen" + sentence.dropFirst(word.count) }
                if !rest.isEmpty {
                    let between = prose[all[position - 1].upperBound..<all[position].lowerBound]
                    rest += !removed[position - 1] && between.contains("\n") ? String(between) : " "
                }
                rest += sentence
            }
            rest = rest.trimmingCharacters(in: .whitespaces)
            // The guidance stands before the paragraph when the paragraph opened with what it replaces.
            let parts = rest.isEmpty ? [guidance] : removed[0] ? [guidance, rest] : [rest, guidance]
            split.paragraphs[index] = (kept + [parts.joined(separator: "\n\n")]).joined(separator: "\n")
        }
        return split.text
    }

    /// A sentence in lower case on one line, its spaces and line breaks as one space.
    static func flat<Text: StringProtocol>(_ text: Text) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The word a sentence opens with when it points back at the sentence before ("Den", "Denna",
    /// "Detta", "Dessa", "Där", "Då", "Sedan dess"), in lower case; nil otherwise ("Det finns …" is no
    /// reference).
    static func backReference(_ flat: String) -> String? {
        ["sedan dess", "denna", "detta", "dessa", "den", "där", "då"].first { flat.hasPrefix($0 + " ") || flat.hasPrefix($0 + ",") }
    }

    /// The sentences of a paragraph: up to a `.`, `!` or `?` before spaces or a line break (a hard one
    /// too) and a capital.
    static func sentences(in paragraph: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = paragraph.startIndex
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let next = paragraph.index(after: index)
            if ".!?".contains(paragraph[index]), next == paragraph.endIndex
                || (paragraph[next].isWhitespace && paragraph[next...].first { !$0.isWhitespace }.map { $0.isUppercase || $0 == "*" } ?? true) {
                result.append(start..<next)
                start = paragraph[next...].firstIndex { !$0.isWhitespace } ?? paragraph.endIndex
                index = start
                continue
            }
            index = next
        }
        if start < paragraph.endIndex, !paragraph[start...].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            result.append(start..<paragraph.endIndex)
        }
        return result
    }

    // MARK: Merged parties

    /// Parties with the same services and principal as an earlier one (old id → the earlier one's old
    /// id), and the line indices to delete: their own list items, and their seats and signatures where
    /// the party they merge into has one too. A party whose list item cannot be told apart (a flow list on
    /// one line) stays as it is.
    func mergedParties(in lines: [String]) -> (merged: [String: String], dropped: Set<Int>) {
        var merged: [String: String] = [:]
        var dropped = Set<Int>()
        var first: [String: String] = [:]
        for party in agreement.parties {
            let key = party.services.map(\.value).sorted().joined(separator: ",") + "|" + (party.principal?.value.rawValue ?? "")
            guard !party.services.isEmpty, let kept = first[key] else {
                if !party.services.isEmpty { first[key] = party.id.value }
                continue
            }
            guard let item = ListItem.lines(at: party.range.start.line - 1, in: lines) else { continue }
            merged[party.id.value] = kept
            dropped.formUnion(item)
        }
        guard !merged.isEmpty else { return ([:], []) }
        // A seat or signature of a merged party goes when the party it merges into has one in the same list.
        var seats: [(party: String?, line: Int, list: Int)] = []
        for (index, group) in agreement.groups.enumerated() {
            seats += group.members.map { ($0.party?.value, $0.range.start.line, index) }
        }
        seats += agreement.signatories.map { ($0.party?.value, $0.range.start.line, -1) }
        for seat in seats {
            guard let party = seat.party, let kept = merged[party],
                  seats.contains(where: { $0.list == seat.list && $0.party == kept }),
                  let item = ListItem.lines(at: seat.line - 1, in: lines) else { continue }
            dropped.formUnion(item)
        }
        return (merged, dropped)
    }

    // MARK: History and districts

    /// Words that say when an agreement was signed, revised or came into force.
    static let historyWords = ["undertecknad", "undertecknade", "undertecknades", "reviderad", "reviderade", "reviderades",
                               "antogs", "antagen", "fastställdes", "beslutades", "tecknades", "ingicks",
                               "omförhandlades", "trädde i kraft", "gäller från", "gällde från", "slogs samman", "infördes",
                               "bildades", "inleddes", "påbörjades", "startade", "började samverka", "började samarbeta"]

    /// Whether a text dates the start of the old area's collaboration: "har sedan 2014 samverkat i
    /// BUS-gruppen", "samarbetet har funnits sedan år 2009", or a year and one of `historyWords`.
    static func datesHistory(_ flat: String) -> Bool {
        let since = flat.range(of: #"\bsedan\s+(år\s+)?(19|20)\d\d\b"#, options: .regularExpression) != nil
            && ["samverk", "samarbet", "bus", "överenskommelse"].contains(where: flat.contains)
        return since || (flat.range(of: #"\b(19|20)\d\d\b"#, options: .regularExpression) != nil
            && historyWords.contains(where: flat.contains))
    }

    /// Each paragraph of the body that dates the old agreement's signing, revisions or start (a year and
    /// one of `historyWords`) becomes guidance (BUS024 until the authors write their own).
    static func replacingHistory(in body: String, area: String) -> String {
        let history = "*Vägledning:* Beskriv överenskommelsens historia i \(area): när den först undertecknades och när den senast reviderades."
        var split = BodyParagraphs(body)
        var replaced: [Int: String] = [:]
        for (index, paragraph) in split.paragraphs.enumerated() {
            // A heading written right above the paragraph stays.
            var lines = paragraph.components(separatedBy: "\n")
            var kept: [String] = []
            while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty || first.hasPrefix("#") {
                kept.append(lines.removeFirst())
            }
            let text = lines.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            let flat = Self.flat(text)
            // A list of dated events ("- 2009: undertecknad", "- Reviderad 2014") is a history as a whole.
            let items = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let isList = !items.isEmpty && items.allSatisfy { $0.range(of: #"^\s*([-*+]|\d+\.)\s|^\s{2,}\S"#, options: .regularExpression) != nil }
            if isList, historyWords.contains(where: { flat.contains($0) }),
               items.filter({ $0.range(of: #"^\s*([-*+]|\d+\.)\s"#, options: .regularExpression) != nil })
                   .allSatisfy({ $0.range(of: #"\b(19|20)\d\d\b"#, options: .regularExpression) != nil }) {
                split.paragraphs[index] = (kept + [history]).joined(separator: "\n")
                replaced[index] = history
                continue
            }
            // Prose only: not a list, table, quote or guidance already.
            guard let first = text.first, !"-*+|>0123456789".contains(first) || text.hasPrefix("**") else { continue }
            guard datesHistory(flat) else { continue }
            // A paragraph that opens by saying when the agreement is valid is about validity; the rest, history.
            let validity = ["överenskommelsen gäller", "överenskommelsen gällde", "den gäller", "denna överenskommelse gäller"].contains { flat.hasPrefix($0) }
                || kept.contains { $0.lowercased().contains("giltighet") }
            let guidance = validity ? "*Vägledning:* Skriv från när överenskommelsen gäller och när den ska ses över." : history
            replaced[index] = guidance
            // Two history paragraphs in a row get the guidance once.
            split.paragraphs[index] = kept.isEmpty && replaced[index - 1] == guidance ? "" : (kept + [guidance]).joined(separator: "\n")
        }
        // Without a year: a sentence that tells the old agreement's own past ("Den reviderades efter
        // omorganisationen", "Vaxholm och Österåker har tidigare haft var sin …").
        let body = split.text
        return replacingSentences(in: body, with: history) { flat in
            pastWithoutYear.contains(where: flat.contains) && !flat.contains("vägledning:")
        }
    }

    /// What only the old agreement's own history says, with or without a year.
    static let pastWithoutYear = ["undertecknades", "reviderades", "omförhandlades", "tecknades första", "har tidigare haft",
                                  "tidigare lokala bus-överenskommelse", "tidigare lokala överenskommelse", "föregående lokala överenskommelse"]

    /// The old districts' plural wording, said of the new area: "i stadsdelsområdena Rinkeby-Kista och
    /// Spånga-Tensta, som bildar ett gemensamt BUS-område" → "i Täby", "Rinkeby-Kista och Spånga-Tensta
    /// stadsdelsförvaltningar" → "Täby kommun", "stadsdelsområdena" alone → "kommunen". A new area that is
    /// itself a stadsdelsområde is named as one: "stadsdelsområdet Bromma", "Bromma stadsdelsförvaltning".
    func districtWording(in body: String) -> String {
        let names = ([agreement.area?.value] + agreement.cityDistricts.map(\.value)).compactMap { $0 }
            .sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: $0) }
        guard !names.isEmpty else { return body }
        let name = "(?:" + names.joined(separator: "|") + ")"
        let list = "\(name)(?:\\s*(?:,|och|eller)\\s+\(name))*"
        let district = Municipalities.isStockholmDistrict(area)
        let place = district ? "stadsdelsområdet \(area)" : area
        let authority = district ? "\(area) stadsdelsförvaltning" : municipality
        let replacements: [(String, String)] = [
            ("stadsdelsområdena\\s+\(list)(?:,\\s+som\\s+bildar\\s+ett\\s+gemensamt\\s+BUS-område)?", place),
            ("stadsdelarna\\s+\(list)", place),
            ("\(list)\\s+stadsdelsförvaltningar(?:na)?", authority),
            ("\\bstadsdelsområdena\\b", district ? "stadsdelsområdet" : "kommunen"),
            ("\\bStadsdelsområdena\\b", district ? "Stadsdelsområdet" : "Kommunen"),
            ("\\bstadsdelsförvaltningarna\\b", district ? "stadsdelsförvaltningen" : "förvaltningarna"),
            ("\\bStadsdelsförvaltningarna\\b", district ? "Stadsdelsförvaltningen" : "Förvaltningarna"),
        ]
        var text = body
        for (pattern, replacement) in replacements {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
            text = expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                                       withTemplate: NSRegularExpression.escapedTemplate(for: replacement))
        }
        return text
    }

    /// "BUP (barn- och ungdomspsykiatri)" → "BUP": no parentheses inside the placeholder's parentheses.
    static func shortName(_ name: String) -> String {
        name.components(separatedBy: " (").first ?? name
    }

    /// Lower-case ASCII as ids are written: "Spånga-Tensta" → "spanga-tensta".
    static func slug(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            switch character {
            case "å", "ä": out.append("a")
            case "ö": out.append("o")
            case "é", "è": out.append("e")
            case "a"..."z", "0"..."9": out.append(character)
            default: if !out.isEmpty, out.last != "-" { out.append("-") }
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }

    /// The slugs of the old area's names and of their parts ("rinkeby-kista", "rinkeby", "kista"), and the
    /// id segments two or more parties share that are no service ("jarva" of `hab-jarva` and `bumm-jarva`).
    var oldPlaceSlugs: Set<String> {
        // Not the municipality's name: "Stockholm" of Stockholms stad is also the region's (`region-stockholm`).
        let names = ([agreement.area?.value] + agreement.cityDistricts.map(\.value)).compactMap { $0 }
        var slugs = Set<String>()
        for name in names {
            let whole = Self.slug(name)
            slugs.insert(whole)
            let parts = whole.split(separator: "-").filter { $0 != "och" }
            for part in parts where part.count >= 3 { slugs.insert(String(part)) }
            // "sdf-rk" is Rinkeby-Kista's stadsdelsförvaltning: a district's initials count when it has two parts.
            if parts.count == 2 { slugs.insert(String(parts.compactMap(\.first))) }
        }
        var counts: [String: Int] = [:]
        for party in agreement.parties {
            for segment in Set(party.id.value.split(separator: "-").map(String.init)) { counts[segment, default: 0] += 1 }
        }
        let services = Set(ruleSet.services.keys).union(agreement.parties.flatMap { $0.services.map(\.value) })
        // A shared segment is a place only when a party's name has it as a capitalised word ("Järva").
        let nameWords = Set(agreement.parties.compactMap(\.name?.value).flatMap {
            $0.split(whereSeparator: { !$0.isLetter && $0 != "-" }).filter { $0.first?.isUppercase == true }.map { Self.slug(String($0)) }
        })
        return slugs.union(idPlaces(counts: counts, services: services, nameWords: nameWords))
    }

    /// Id segments two or more parties share, that are no service and that a party's name has as a
    /// capitalised word: the place names parties were named by ("jarva" of `hab-jarva` and `bumm-jarva`).
    private func idPlaces(counts: [String: Int], services: Set<String>, nameWords: Set<String>) -> Set<String> {
        Set(counts.filter { $0.value >= 2 && $0.key.count >= 4 && !services.contains($0.key) && nameWords.contains($0.key) }.keys)
    }

    /// The id places alone (not the area's own names), for finding their words in the text.
    private var idPlacesOnly: Set<String> {
        var counts: [String: Int] = [:]
        for party in agreement.parties {
            for segment in Set(party.id.value.split(separator: "-").map(String.init)) { counts[segment, default: 0] += 1 }
        }
        let services = Set(ruleSet.services.keys).union(agreement.parties.flatMap { $0.services.map(\.value) })
        let nameWords = Set(agreement.parties.compactMap(\.name?.value).flatMap {
            $0.split(whereSeparator: { !$0.isLetter && $0 != "-" }).filter { $0.first?.isUppercase == true }.map { Self.slug(String($0)) }
        })
        return idPlaces(counts: counts, services: services, nameWords: nameWords)
    }

    /// Old id → new id for every party and group id with a segment that is one of the old area's places.
    var renamedIDs: [String: String] {
        let places = oldPlaceSlugs
        let newSlug = Self.slug(area)
        guard !newSlug.isEmpty else { return [:] }
        var renamed: [String: String] = [:]
        var taken = Set(agreement.parties.map(\.id.value) + agreement.groups.map(\.id.value))
        for id in agreement.parties.map(\.id.value) + agreement.groups.map(\.id.value) {
            var segments = id.split(separator: "-").map(String.init)
            // Longest run first: "rinkeby-kista" as one place, not two.
            var changed = false
            var index = 0
            var result: [String] = []
            while index < segments.count {
                var matched = 0
                for length in stride(from: segments.count - index, through: 1, by: -1)
                where places.contains(segments[index..<(index + length)].joined(separator: "-")) {
                    matched = length
                    break
                }
                if matched > 0 {
                    if result.last != newSlug { result.append(newSlug) }
                    index += matched
                    changed = true
                } else {
                    result.append(segments[index])
                    index += 1
                }
            }
            // A provider's own name in its id ("PRIMA" of `prima-bup`) is the old area's: the new area's follows.
            if let party = agreement.party(withID: id) {
                let own = Set((party.name?.value ?? "").split(whereSeparator: { !$0.isLetter }).map(String.init)
                    .filter { $0.count >= 3 && $0 == $0.uppercased() && !Self.notUnits.contains($0) }.map(Self.slug))
                    .subtracting(party.services.map { Self.slug(Self.shortName(ruleSet.serviceName($0.value, in: .swedish))) })
                if result.contains(where: own.contains) {
                    result.removeAll(where: own.contains)
                    if !result.contains(newSlug) { result.append(newSlug) }
                    changed = true
                }
            }
            // A stadsdelsförvaltning (`sdf-`) is a municipality's social services (`soc-`) outside Stockholm's districts.
            if result.first == "sdf", !Municipalities.isStockholmDistrict(area) {
                result[0] = "soc"
                changed = true
            }
            segments = result
            guard changed else { continue }
            var candidate = segments.joined(separator: "-")
            var number = 2
            while taken.contains(candidate) { candidate = segments.joined(separator: "-") + "-\(number)"; number += 1 }
            taken.insert(candidate)
            renamed[id] = candidate
        }
        return renamed
    }

    /// Words of the old text whose slug is one of the old area's id places and that no other name covers:
    /// "Järva" in "BUMM Järva".
    var placeNames: [String] {
        let places = idPlacesOnly
        var found = Set<String>()
        for word in source.text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            guard let first = word.first, first.isUppercase else { continue }
            if places.contains(Self.slug(String(word))) { found.insert(String(word)) }
        }
        return found.sorted()
    }

    /// A line's `[…]` list of plain words with each repeated item written once.
    static func withoutRepeatedItems(in line: String) -> String {
        guard let open = line.firstIndex(of: "["), let close = line[open...].firstIndex(of: "]") else { return line }
        let items = line[line.index(after: open)..<close].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var seen = Set<String>()
        let unique = items.filter { seen.insert($0).inserted }
        guard unique.count < items.count else { return line }
        return String(line[...open]) + unique.joined(separator: ", ") + String(line[close...])
    }

    /// A line with each old id, standing alone (not part of a longer id), replaced by its new one.
    static func replacingIDs(_ renamed: [String: String], in line: String) -> String {
        guard !renamed.isEmpty else { return line }
        var out = ""
        var word = ""
        func flush() {
            out += renamed[word] ?? word
            word = ""
        }
        for character in line {
            if character.isLetter || character.isNumber || character == "-" {
                word.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }
}

/// Where a scalar written at a column ends: a quoted one at its closing quote, a plain one at the end of
/// the line or, inside `{…}` or `[…]`, at the next `,`, `}` or `]`.
enum ScalarSpan {
    static func replacing(in line: String, atColumn column: Int, with value: String) -> String {
        let bytes = Array(line.utf8)
        // The column counts Unicode scalars; find its byte.
        var start = 0, scalars = 1
        while start < bytes.count, scalars < column {
            start += 1
            if start == bytes.count || bytes[start] & 0xC0 != 0x80 { scalars += 1 }
        }
        guard column >= 1, start < bytes.count else { return line }
        let depth = bytes[..<start].reduce(0) { depth, byte in
            byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") ? depth + 1 : byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") ? depth - 1 : depth
        }
        let end = YAMLLineScanner.scalarEnd(bytes, from: start, inFlow: depth > 0)
        return String(decoding: bytes[..<start] + Array(value.utf8) + bytes[end...], as: UTF8.self)
    }
}

/// The lines of one item of a block list: its `- ` line and the lines indented under it. Nil when the
/// line does not open an item of its own (a flow list, a mapping value).
enum ListItem {
    static func lines(at index: Int, in lines: [String]) -> ClosedRange<Int>? {
        guard lines.indices.contains(index) else { return nil }
        let line = lines[index]
        let indent = line.prefix { $0 == " " }.count
        guard line.dropFirst(indent).hasPrefix("- ") else { return nil }
        var end = index
        while end + 1 < lines.count {
            let next = lines[end + 1]
            let nextIndent = next.prefix { $0 == " " }.count
            guard !next.trimmingCharacters(in: .whitespaces).isEmpty, nextIndent > indent else { break }
            end += 1
        }
        return index...end
    }
}

/// A top-level key of the front matter with the lines under it (indented, or list items), up to the next
/// top-level key, comment or the closing `---`.
enum TopLevelBlocks {
    static func replacing(_ key: String, in lines: [String], before closingLine: Int, with replacement: [String]) -> [String] {
        let limit = min(closingLine - 1, lines.count)
        guard let start = lines.prefix(limit).firstIndex(where: { $0.hasPrefix(key + ":") }) else {
            return lines
        }
        var end = start + 1
        while end < limit, let first = lines[end].first, first == " " || first == "-" || lines[end].isEmpty { end += 1 }
        return Array(lines[..<start]) + replacement + Array(lines[end...])
    }
}
