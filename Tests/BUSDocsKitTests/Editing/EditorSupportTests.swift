import BUSDocsKit
import Foundation
import Testing

/// What editors are told: where a position stands in the front matter, the did-you-mean replacements
/// findings carry, and hover, completion and definition on the valid fixture.
@Suite struct EditorSupportTests {
    static func cursor(_ marked: String) -> FrontMatterCursor? {
        let text = MarkedText(marked)
        let location = text.locations["1️⃣"]!
        return FrontMatterCursor.at(location, in: SourceFile(path: "t.md", text: text.text).lines)
    }

    @Test func theCursorKnowsKeysAndValuesInBlocksAndFlows() throws {
        let top = try #require(Self.cursor("---\nbus-docs: 1\nsamt1️⃣\n---\n"))
        #expect(top.slot == .key && top.path == [] && top.prefix == "samt")
        let choice = try #require(Self.cursor("---\nsamtycke: skr1️⃣iftligt\n---\n"))
        #expect(choice.slot == .value && choice.path == ["samtycke"] && choice.word == "skriftligt" && choice.prefix == "skr")
        let flow = try #require(Self.cursor("---\ngrupper:\n  - id: a\n    möten: { minst: 1, per: 1️⃣termin }\n---\n"))
        #expect(flow.slot == .value && flow.path == ["grupper", "möten", "per"])
        let flowKey = try #require(Self.cursor("---\ngrupper:\n  - id: a\n    möten: { minst: 1, 1️⃣ }\n---\n"))
        #expect(flowKey.slot == .key && flowKey.path == ["grupper", "möten"])
        let member = try #require(Self.cursor("---\ngrupper:\n  - id: a\n    ledamöter:\n      - { roll: Chef 🧒, part: s1️⃣of }\n---\n"))
        #expect(member.slot == .value && member.path == ["grupper", "ledamöter", "part"] && member.word == "sof")
        let listItem = try #require(Self.cursor("---\nsip: { initierar: [socialtjanst, 1️⃣] }\n---\n"))
        #expect(listItem.slot == .value && listItem.path == ["sip", "initierar"])
        let blockItem = try #require(Self.cursor("---\navvikelser:\n  eskalering:\n    - styr1️⃣\n---\n"))
        #expect(blockItem.slot == .value && blockItem.path == ["avvikelser", "eskalering"] && blockItem.word == "styr")
        let itemKey = try #require(Self.cursor("---\nparter:\n  - id: a\n    hu1️⃣\n---\n"))
        #expect(itemKey.slot == .key && itemKey.path == ["parter"])
        let firstItemKey = try #require(Self.cursor("---\nparter:\n  - 1️⃣id: a\n---\n"))
        #expect(firstItemKey.slot == .key && firstItemKey.path == ["parter"] && firstItemKey.word == "id")
        // Outside the front matter and in comments there is nothing to say.
        #expect(Self.cursor("---\nsamtycke: skriftligt # skr1️⃣\n---\n") == nil)
        #expect(Self.cursor("---\nsamtycke: skriftligt\n---\nText 1️⃣här\n") == nil)
    }

    /// Every key the decoder reads is one the catalog has, and the other way round: a document with every
    /// catalog key at its place gets no BUS020.
    @Test func theCatalogIsTheDecodersKeys() {
        func yaml(_ keys: [FrontMatterKey], indent: String) -> String {
            keys.map { key in
                switch key.value {
                case .mapping(let children): return "\(indent)\(key.name):\n" + yaml(children, indent: indent + "  ")
                case .items(let children): return "\(indent)\(key.name):\n\(indent)  - " + yaml(children, indent: indent + "    ").dropFirst(indent.count + 4)
                default: return "\(indent)\(key.name): x\n"
                }
            }.joined()
        }
        let text = "---\n" + yaml(FrontMatterKeys.root, indent: "") + "---\n"
        let findings = Fixture.check(text).filter { $0.ruleID == "BUS020" }
        #expect(findings.isEmpty, "\(findings.map { "\($0.location) \($0.message.en)" })\n\(text)")
        let unknown = Fixture.check(Fixture.valid.replacing("  till: tillsvidare", with: "  till: tillsvidare\n  tills: 2030-01-01"))
        #expect(unknown.contains { $0.ruleID == "BUS020" })
    }

    /// A did-you-mean finding carries its replacement, the hint is made from it, and its range holds the
    /// original text — in every kind of finding that has one.
    @Test func didYouMeanFindingsCarryTheirReplacement() throws {
        let edits: [(String, String, String, String)] = [
            // A required key misspelt is the requiring rule's finding (BUS008), with the same replacement.
            ("BUS008", "samtycke: skriftligt", "samtyke: skriftligt", "samtycke"),
            ("BUS020", "regelverk: bus-2012", "regelverc: bus-2012", "regelverk"),
            ("BUS019", "    huvudman: region", "    huvudman: regon", "region"),
            ("BUS014", "[socialtjanst, utbildning, bup, hab, bumm]", "[socialtjanst, utbildning, bupp, hab, bumm]", "bup"),
            ("BUS011", "  ansvarig: styrgrupp", "  ansvarig: styrgrup", "styrgrupp"),
            ("BUS015", "## Samtycke", "## Samtyke", "## Samtycke"),
        ]
        for (rule, old, new, replacement) in edits {
            let text = Fixture.valid.replacing(old, with: new)
            let source = SourceFile(path: "t.md", text: text)
            let finding = try #require(Fixture.check(text).first { $0.ruleID == rule && $0.fix != nil }, "\(rule)")
            let fix = try #require(finding.fix)
            #expect(fix.replacement == replacement)
            // The "did you mean" is the hint's start, or — for a misspelt key — the message's end.
            let said = { (text: LocalizedText?, line: LocalizedText) in
                text.map { $0.en.hasPrefix(line.en) && $0.sv.hasPrefix(line.sv) } == true
            }
            let asked = LocalizedText(sv: " — menade du `\(fix.replacement)`?", en: " — did you mean `\(fix.replacement)`?")
            #expect(said(finding.hint, fix.hint) || (finding.message.en.hasSuffix(asked.en) && finding.message.sv.hasSuffix(asked.sv)), "\(rule)")
            let line = Array(source.line(fix.range.start.line).unicodeScalars)
            let written = String(String.UnicodeScalarView(line[(fix.range.start.column - 1)..<(fix.range.end.column - 1)]))
            #expect(written == fix.original, "\(rule): \(written) at \(fix.range)")
        }
    }

    /// Across the corpus and the hostile files: every "did you mean" hint comes from a fix.
    @Test func everyDidYouMeanHintHasAFix() throws {
        let root = Fixture.folder.deletingLastPathComponent().deletingLastPathComponent()
        var files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Corpus").path).map { "Corpus/" + $0 }
        files += try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("CLITests/Hostile").path).map { "CLITests/Hostile/" + $0 }
        var hints = 0
        for name in files where name.hasSuffix(".md") {
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(name)))
            for finding in Validator(today: Fixture.today).validate(AgreementParser.parse(bytes: bytes, path: name)) {
                guard finding.hint?.en.contains("Did you mean") == true else { continue }
                hints += 1
                #expect(finding.fix.map { finding.hint!.en.hasPrefix($0.hint.en) } == true, "\(name) \(finding.location): \(finding.hint!.en)")
            }
        }
        #expect(hints > 0)
    }

    static func support(_ marked: String, language: Language = .english) -> (EditorSupport, BUSDocsKit.SourceLocation) {
        let text = MarkedText(marked)
        let parsed = AgreementParser.parse(bytes: Array(text.text.utf8), path: "t.md")
        let validator = Validator(today: Fixture.today)
        // Half-written YAML has no model: the editor goes on with the last one, here the valid fixture's.
        let agreement = parsed.agreement ?? Fixture.parse(Fixture.valid)
        let ruleSet = agreement.map { validator.ruleSet(for: $0).0 } ?? RuleSet.builtIn(named: "bus-2012")!
        let support = EditorSupport(source: parsed.source ?? SourceFile(path: "t.md", text: ""), agreement: agreement, ruleSet: ruleSet,
                                    diagnostics: validator.validate(parsed), language: language)
        return (support, text.locations["1️⃣"]!)
    }

    @Test func hoverExplainsKeysReferencesAndServicesWithTheirRules() throws {
        let (key, at) = Self.support(Fixture.valid.replacing("samtycke: skriftligt", with: "samt1️⃣ycke: skriftligt"))
        let keyHover = try #require(key.hover(at: at))
        #expect(keyHover.text.contains("How consent to break secrecy is obtained") && keyHover.text.contains("**BUS008**"))
        let (swedish, at2) = Self.support(Fixture.valid.replacing("samtycke: skriftligt", with: "samt1️⃣ycke: skriftligt"), language: .swedish)
        #expect(swedish.hover(at: at2)?.text.contains("Hur samtycke till att bryta sekretess inhämtas") == true)
        let (service, at3) = Self.support(Fixture.valid.replacing("initierar: [socialtjanst,", with: "initierar: [soc1️⃣ialtjanst,"))
        let serviceHover = try #require(service.hover(at: at3))
        #expect(serviceHover.text.contains("(`socialtjanst`)") && serviceHover.text.contains("BUS009"))
        let (owner, at4) = Self.support(Fixture.valid.replacing("  ansvarig: styrgrupp", with: "  ansvarig: styr1️⃣grupp"))
        #expect(owner.hover(at: at4)?.text.contains("— styrgrupp") == true)
    }

    @Test func completionOffersWhatMayStandThere() throws {
        let (values, at) = Self.support(Fixture.valid.replacing("  ansvarig: styrgrupp", with: "  ansvarig: 1️⃣styrgrupp"))
        let groups = try #require(values.completions(at: at))
        #expect(groups.items.map(\.label).contains("styrgrupp") && groups.items.map(\.label).contains("individforum"))
        let (keys, at2) = Self.support(Fixture.valid.replacing("  ansvarig: styrgrupp", with: "  ansvarig: styrgrupp\n  ind1️⃣"))
        #expect(keys.completions(at: at2)?.items.map(\.label) == ["indikatorer"])
        let (services, at3) = Self.support(Fixture.valid.replacing("initierar: [socialtjanst,", with: "initierar: [socialtjanst, el1️⃣"))
        #expect(services.completions(at: at3)?.items.map(\.label) == ["elevhalsa"])
        let (steps, at4) = Self.support(Fixture.valid.replacing("eskalering: [individforum, BUSSAM]", with: "eskalering: [individforum, 1️⃣BUSSAM]"))
        let labels = steps.completions(at: at4)?.items.map(\.label) ?? []
        #expect(labels.contains("styrgrupp") && labels.contains("BUSSAM"), "\(labels)")
        #expect(steps.hover(at: at4)?.text.contains("county-wide body") == true)
    }

    @Test func definitionLeadsFromAReferenceToItsID() throws {
        let (support, at) = Self.support(Fixture.valid.replacing("  ansvarig: styrgrupp", with: "  ansvarig: styr1️⃣grupp"))
        let target = try #require(support.definition(at: at))
        #expect(support.lines[target.start.line - 1].contains("id: styrgrupp"))
    }
}
