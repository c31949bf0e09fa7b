import Foundation
import Testing
@testable import BUSDocsKit

/// `new --from`: what the draft keeps of a paragraph stays one paragraph, however the old agreement
/// wrapped its lines: at a width, one line per paragraph, hard breaks (two spaces), CRLF, or blank lines
/// holding spaces. The guidance is a paragraph of its own beside it, never between its sentences.
@Suite struct DraftFromAgreementParagraphTests {
    static let guidance = "*Vägledning:* Beskriv området."

    /// The three sentences of one paragraph, the middle one to go, written in each wrapping style.
    static let styles: [(String, String)] = [
        ("wrapped", "Parterna samverkar kring barn i behov av stöd. Kungsholmen och\nNorrmalm bildar tillsammans BUS-området City. Barnets bästa\nkommer först."),
        ("one line", "Parterna samverkar kring barn i behov av stöd. Kungsholmen och Norrmalm bildar tillsammans BUS-området City. Barnets bästa kommer först."),
        ("hard breaks", "Parterna samverkar kring barn i behov av stöd.  \nKungsholmen och Norrmalm bildar tillsammans BUS-området City.  \nBarnets bästa  \nkommer först."),
    ]

    @Test(arguments: styles) func aSentenceInTheMiddleLeavesOneParagraphAndTheGuidanceAfterIt(style: String, paragraph: String) {
        let body = "## Bakgrund\n\(paragraph)\n\n## Syfte\nSyftet står här.\n"
        let made = DraftFromAgreement.replacingSentences(in: body, with: Self.guidance) { $0.contains("bildar tillsammans") }
        let kept: String
        switch style {
        case "wrapped": kept = "Parterna samverkar kring barn i behov av stöd. Barnets bästa\nkommer först."
        case "one line": kept = "Parterna samverkar kring barn i behov av stöd. Barnets bästa kommer först."
        default: kept = "Parterna samverkar kring barn i behov av stöd. Barnets bästa  \nkommer först."
        }
        #expect(made == "## Bakgrund\n\(kept)\n\n\(Self.guidance)\n\n## Syfte\nSyftet står här.\n", "\(style)")
    }

    /// The paragraph opened with what goes: the guidance stands before what is left of it.
    @Test func aFirstSentenceGoneLeavesTheGuidanceBeforeTheRest() {
        let body = "Kungsholmen och Norrmalm bildar tillsammans BUS-området City. Barnets bästa\nkommer först.\n"
        let made = DraftFromAgreement.replacingSentences(in: body, with: Self.guidance) { $0.contains("bildar tillsammans") }
        #expect(made == "\(Self.guidance)\n\nBarnets bästa\nkommer först.\n")
    }

    /// A blank line of spaces ends a paragraph as an empty one does: a history paragraph is replaced, and
    /// the paragraphs after it stay (they were all lost as one "paragraph" before).
    @Test func aBlankLineOfSpacesEndsAParagraph() {
        let body = "## Bakgrund\nÖverenskommelsen undertecknades första gången 2009.\n  \nSyftet är att barn ska få stöd i tid.\n\t\n## Syfte\nText.\n"
        let made = DraftFromAgreement.replacingHistory(in: body, area: "Täby")
        #expect(made == "## Bakgrund\n*Vägledning:* Beskriv överenskommelsens historia i Täby: när den först undertecknades och när den senast reviderades.\n  \nSyftet är att barn ska få stöd i tid.\n\t\n## Syfte\nText.\n")
    }

    /// A history sentence broken by a hard line break is still found.
    @Test func aHardBreakInsideASentenceIsASpace() {
        let body = "Denna överenskommelse ersätter den tidigare lokala  \nBUS-överenskommelsen. Den är skriven för att spegla ansvaret.\n"
        let made = DraftFromAgreement.replacingHistory(in: body, area: "Täby")
        #expect(made == "*Vägledning:* Beskriv överenskommelsens historia i Täby: när den först undertecknades och när den senast reviderades.\n\nÖverenskommelsen är skriven för att spegla ansvaret.\n")
    }

    /// Paragraphs split and joined again give the body back, whatever its blank lines hold.
    @Test(arguments: ["", "a\n", "a\nb\n\nc", "\n\na\n  \n\t\nb\n\n\n", "# T\n\nx  \ny\n"]) func paragraphsJoinedGiveTheBodyBack(body: String) {
        #expect(BodyParagraphs(body).text == body)
    }

    /// Each agreement in Agreements/, in each wrapping style: the draft has the old body's paragraphs, one
    /// for one, besides the guidance paragraphs it adds and the history paragraphs it replaces.
    @Test(arguments: ["nacka-2023", "rinkeby-kista-spanga-tensta-2017"]) func everyWrappingStyleKeepsTheParagraphs(name: String) throws {
        let original = try String(contentsOfFile: "Agreements/\(name).md", encoding: .utf8)
        let end = original.range(of: "\n---\n", range: original.index(original.startIndex, offsetBy: 4)..<original.endIndex)!.upperBound
        let frontMatter = String(original[..<end]), body = String(original[end...])
        let paragraphs = BodyParagraphs(body).paragraphs
        let unwrapped = paragraphs.map(Self.unwrapped)
        let styles = [
            "as written": body,
            "one line": unwrapped.joined(separator: "\n\n") + "\n",
            "hard breaks": unwrapped.map { Self.hardBroken($0) }.joined(separator: "\n\n") + "\n",
            "spaces in blank lines": paragraphs.joined(separator: "\n   \n") + "\n",
            "CRLF": body.replacingOccurrences(of: "\n", with: "\r\n"),
        ]
        var counts: [String: Int] = [:]
        for (style, text) in styles {
            let parsed = AgreementParser.parse(bytes: Array((frontMatter + text).utf8), path: "\(name).md")
            let source = try #require(parsed.source), agreement = try #require(parsed.agreement)
            let draft = DraftFromAgreement(source: source, agreement: agreement, area: "Täby", municipality: "Täby kommun",
                                           ruleSet: RuleSet.builtIn(named: "hök-2022")!).text
            let drafted = BodyParagraphs(String(draft[draft.range(of: "\n---\n")!.upperBound...])).paragraphs
            // Every paragraph of the draft is one of the old body's (names changed) or guidance of its own:
            // none is the half of one.
            let own = drafted.filter { !$0.hasPrefix("*Vägledning:*") && !$0.contains("\n*Vägledning:*") }
            counts[style] = own.count
            for paragraph in own {
                let first = paragraph.split(separator: "\n").first { !$0.hasPrefix("#") }.map(String.init) ?? paragraph
                #expect(first.first.map { !$0.isLowercase } ?? true, "\(style): a paragraph starts mid-sentence: \(paragraph)")
            }
        }
        // The same paragraphs in every style.
        #expect(Set(counts.values).count == 1, "\(counts)")
    }

    /// A paragraph's lines as one (a list item's continuation lines joined to the item).
    static func unwrapped(_ paragraph: String) -> String {
        var lines: [String] = []
        for line in paragraph.split(separator: "\n").map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let starts = trimmed.hasPrefix("#") || trimmed.hasPrefix("- ") || trimmed.hasPrefix("|")
                || trimmed.range(of: #"^\d+\. "#, options: .regularExpression) != nil
            if let last = lines.last, !starts, !last.hasPrefix("#") { lines[lines.count - 1] = last + " " + trimmed } else { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }

    /// Prose broken after every eighth word with a hard break; headings, lists and tables as they are.
    static func hardBroken(_ paragraph: String) -> String {
        paragraph.split(separator: "\n").map { line -> String in
            guard let first = line.first, !"#-|0123456789".contains(first) else { return String(line) }
            let words = line.split(separator: " ")
            return stride(from: 0, to: words.count, by: 8).map { words[$0..<min($0 + 8, words.count)].joined(separator: " ") }.joined(separator: "  \n")
        }.joined(separator: "\n")
    }

    /// `new --from` keeps the county-wide agreement's attachment, the same for every area, by the titles
    /// the corpus gives it; an area's own documents and a local agreement are its own.
    @Test func theCountyWideAgreementIsToldByItsTitle() {
        for title in ["Länsövergripande överenskommelse om samverkan kring barn och unga i behov av särskilt stöd (BUS)",
                      "Länsövergripande BUS-överenskommelse (2012)", "Den länsövergripande BUS-överenskommelsen från 2012",
                      "BUS-överenskommelsen för Stockholms län",
                      "BUS-överenskommelse mellan Stockholms läns landsting och kommunerna i Stockholms län (KSL 2012)",
                      "Regional överenskommelse om BUS"] {
            #expect(DraftFromAgreement.isCountyWideAgreement(title: title), "\(title)")
        }
        for title in ["Rutin för samordnad individuell plan (SIP)", "SIP-rutin för BUS-området Sydväst", "Avvikelseblankett",
                      "Lokal överenskommelse om BUS i Stockholms län", "Länsövergripande rutin för SIP", "Anmälan om barn som far illa (orosanmälan)"] {
            #expect(!DraftFromAgreement.isCountyWideAgreement(title: title), "\(title)")
        }
    }
}
