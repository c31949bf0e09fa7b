import Foundation
import Testing
@testable import BUSDocsKit

/// `new --from`: the neighbour's persons, phone numbers, e-mail addresses, schools, units and towns do not
/// stay in the draft. Each becomes a placeholder `check` reports (BUS024), and nothing else of the text
/// changes: not the regional wording, the headings, the generic group names and roles, nor "Region
/// Stockholm", "Stockholms län", SoL, HSL, BUP, BUMM or SIP.
@Suite struct DraftParticularsTests {
    /// An agreement written one way, with what of its area it names: as the source writes it (`gone`, none
    /// of it may stay) and as the draft's text has it before its particulars go (`replaced`, exactly the
    /// spans that become placeholders: an old place's name is the new area's by then).
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var added: String = ""
        var area: String
        var gone: [String]
        var replaced: [String]
        /// Lines of the source's body that hold none of the area's particulars or names: each stays as it is.
        var compareLines: Bool = false
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        // Nacka's own wording, with a paragraph of contacts in it.
        Case(file: "Agreements/nacka-2023.md",
             added: "\n## Kontakt\nFrågor om överenskommelsen besvaras av BUS-samordnaren Anna Svensson, 08-123 456 78,\nanna.svensson@nacka.se. Elevhälsan på Nacka gymnasium deltar i arbetsgruppen.\n",
             area: "Täby",
             gone: ["Anna Svensson", "08-123 456 78", "anna.svensson@nacka.se", "Nacka gymnasium", "Täby gymnasium"],
             replaced: ["Anna Svensson", "08-123 456 78", "anna.svensson@nacka.se", "Täby gymnasium"]),
        // Two districts of Stockholm: a school and the district's administration named by their places.
        Case(file: "Agreements/rinkeby-kista-spanga-tensta-2017.md",
             added: "\n## Kontaktuppgifter\n- Järvaskolan: rektor Mohammed Ali, 070-123 45 67\n- Rinkeby-Kista stadsdelsförvaltning: +46 8 508 01 000, registrator.rinkeby-kista@stockholm.se\n",
             area: "Täby",
             gone: ["Järvaskolan", "Täbyskolan", "Mohammed Ali", "070-123 45 67", "Rinkeby-Kista stadsdelsförvaltning", "Täby stadsdelsförvaltning",
                    "+46 8 508 01 000", "registrator.rinkeby-kista@stockholm.se"],
             replaced: ["Täbyskolan", "Mohammed Ali", "070-123 45 67", "Täby stadsdelsförvaltning", "+46 8 508 01 000",
                        "registrator.rinkeby-kista@stockholm.se"]),
        // Block YAML with a contact in a comment, a contact table, a town and names in sentences.
        Case(file: "Tests/BUSDocsKitTests/Fixtures/Neighbours/sigtuna-2024.md", area: "Täby",
             gone: ["Karin Lundberg", "08-591 260 00", "karin.lundberg@sigtuna.se", "Valstaskolan", "Jonas Ek", "Maria Holm", "070-123 45 67",
                    "Erik Sandberg", "+46 8 123 400 00", "sip.samordnare@sigtuna.se", "Märsta vårdcentral", "Täby vårdcentral"],
             replaced: ["Karin Lundberg", "08-591 260 00", "karin.lundberg@sigtuna.se", "Valstaskolan", "Karin Lundberg", "Jonas Ek", "Maria Holm",
                        "Karin Lundberg", "08-591 260 00", "070-123 45 67", "Erik Sandberg", "+46 8 123 400 00", "sip.samordnare@sigtuna.se",
                        "Täby vårdcentral"],
             compareLines: true),
        // Flow YAML, setext headings in capitals, a name in a role, a list of contacts and a town of the municipality.
        Case(file: "Tests/BUSDocsKitTests/Fixtures/Neighbours/danderyd-2022.md", area: "Täby",
             gone: ["Lena Ström", "08-568 910 00", "lena.strom@danderyd.se", "Per-Olof Nilsson", "Djursholms samskola", "Danderyds gymnasium",
                    "Täbys gymnasium", "Anna-Karin Berg", "Enebybergs skola", "073-555 12 34", "08 568 910 01", "bus@danderyd.se", "Ulf Holm"],
             replaced: ["Lena Ström", "Lena Ström", "08-568 910 00", "lena.strom@danderyd.se", "Per-Olof Nilsson", "Djursholms samskola",
                        "Täbys gymnasium", "Anna-Karin Berg", "Enebybergs skola", "073-555 12 34", "08 568 910 01", "bus@danderyd.se", "Ulf Holm"],
             compareLines: true),
    ]

    static func drafting(_ test: Case) throws -> (source: String, maker: DraftFromAgreement) {
        let text = try String(contentsOfFile: test.file, encoding: .utf8) + test.added
        let parsed = AgreementParser.parse(bytes: Array(text.utf8), path: test.file)
        let source = try #require(parsed.source), agreement = try #require(parsed.agreement)
        let maker = DraftFromAgreement(source: source, agreement: agreement, area: test.area, municipality: "\(test.area) kommun",
                                       ruleSet: try #require(RuleSet.builtIn(answer: "hök-2022")))
        return (text, maker)
    }

    @Test(arguments: cases) func theNeighboursParticularsGoAndNothingElse(test: Case) throws {
        let (source, maker) = try Self.drafting(test)
        let draft = maker.draft
        // (a) None of the neighbour's names, numbers, addresses, schools or places is left.
        for particular in test.gone {
            #expect(!draft.text.contains(particular), "\(particular) is left in the draft")
        }
        // (b) The draft is the text before, but for the spans replaced, byte for byte, and those are the particulars.
        let before = Array(maker.structuralText.utf8)
        var rebuilt: [UInt8] = []
        var position = 0
        for replacement in draft.replacements {
            let span = replacement.offset..<(replacement.offset + replacement.original.utf8.count)
            #expect(String(decoding: before[span], as: UTF8.self) == replacement.original)
            rebuilt += before[position..<span.lowerBound] + Array(replacement.placeholder.utf8)
            position = span.upperBound
        }
        rebuilt += before[position...]
        #expect(String(decoding: rebuilt, as: UTF8.self) == draft.text)
        #expect(draft.replacements.map(\.original) == test.replaced)
        #expect(draft.replacements.allSatisfy { $0.placeholder.hasPrefix("(ange ") && $0.placeholder.hasSuffix(")") })
        // The regional wording and everything generic stay.
        for kept in ["Region Stockholm", "BUS individforum", "närmaste arbetsledare", "Skolan ska kalla till SIP"] where source.contains(kept) {
            #expect(draft.text.contains(kept), "\(kept) should stay")
        }
        if test.compareLines {
            let names = test.gone + [maker.agreement.area?.value, maker.agreement.municipality?.value].compactMap { $0 }
                + Municipalities.towns(inArea: maker.agreement.area?.value ?? "")
            let body = source.components(separatedBy: "\n---\n")[1].split(separator: "\n", omittingEmptySubsequences: false)
            let drafted = Set(draft.text.split(separator: "\n", omittingEmptySubsequences: false))
            for line in body where !names.contains(where: line.contains) && !line.contains("Märsta") {
                #expect(drafted.contains(line), "\(line) should stay as it is")
            }
        }
        // (c) `check` points at each placeholder: a BUS024 finding, or a note of one, on its line.
        let parsed = AgreementParser.parse(bytes: Array(draft.text.utf8), path: "utkast.md")
        let findings = Validator(today: LocalDate(year: 2026, month: 11, day: 24)).validate(parsed).filter { $0.ruleID == "BUS024" }
        let reported = Set(findings.flatMap { [$0.location.line] + $0.notes.map(\.location.line) })
        var rest = draft.text[...]
        for replacement in draft.replacements {
            let found = try #require(rest.range(of: replacement.placeholder))
            let line = draft.text[..<found.lowerBound].filter { $0 == "\n" }.count + 1
            #expect(reported.contains(line), "\(replacement.placeholder) for \(replacement.original) on line \(line) is not reported")
            rest = draft.text[found.upperBound...]
        }
    }

    /// A unit named by one of the old municipality's towns ("BUMM Handen" of Haninge) is the new area's
    /// unit to name, as one named by the area is.
    @Test func aUnitOfAnOldTownIsLeftForTheAuthors() throws {
        let (_, maker) = try Self.drafting(Case(file: "Tests/Corpus/haninge-2025.md", area: "Täby", gone: [], replaced: []))
        let text = maker.text
        #expect(!text.contains("Handen"), "\(text)")
        #expect(text.contains("och BUMM i Täby (ange enhetens namn) ansvarar"), "\(text)")
    }

    /// What is no person, phone number or school stays: sentence openings, laws, the region, generic schools.
    @Test func noFalsePositives() {
        let text = """
            Skolan ska kalla till SIP. Region Stockholm och Stockholms län följer SoL, HSL och skollagen.
            BUP, BUMM och Grundskolan deltar. Barn 0–5 år, 2 kap. 7 § SoL, den 1 januari 2023 (2023-01-01).
            Per termin träffas Ledningsgrupp, BUS individforum och Samverkansgrupp; rektor, enhetschef och
            verksamhetschef BUP deltar. Astrid Lindgrens barnsjukhus och Förskolan är inga namn att ta bort.
            """
        let draft = DraftParticulars(replacingIn: text, places: ["Täby"], towns: [])
        #expect(draft.replacements.isEmpty, "\(draft.replacements)")
        #expect(draft.text == text)
    }

    /// A first name alone is a person too ("kontakta Anna"); a first name in a place's name or that is a
    /// word as well is not.
    @Test func aFirstNameAloneIsAName() {
        let text = "Kontakta Anna på BUP eller Anna-Karin på BUMM. Per termin möts gruppen i Maria-Gamla stan eller i Maria församling."
        let draft = DraftParticulars(replacingIn: text, places: [], towns: [])
        #expect(draft.replacements.map(\.original) == ["Anna", "Anna-Karin"])
        #expect(draft.text == "Kontakta (ange namn) på BUP eller (ange namn) på BUMM. Per termin möts gruppen i Maria-Gamla stan eller i Maria församling.")
    }

    @Test(arguments: [
        ("Ring 08-123 456 78 eller 070-123 45 67.", ["08-123 456 78", "070-123 45 67"]),
        ("Tel +46 8 123 456 78, +46 (0)8-123 45 67 och 08 5680 1000.", ["+46 8 123 456 78", "+46 (0)8-123 45 67", "08 5680 1000"]),
        ("| Växel | 08-508 000 00 |", ["08-508 000 00"]),
    ]) func phoneNumbersAreFound(text: String, numbers: [String]) {
        let draft = DraftParticulars(replacingIn: text, places: [], towns: [])
        #expect(draft.replacements.map(\.original) == numbers)
        #expect(draft.replacements.allSatisfy { $0.kind == .phone })
    }
}
