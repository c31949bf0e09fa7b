@testable import BUSDocsKit
import Foundation
import Testing

/// The byte-level readers that every file passes through, each against the plain reading it stands
/// for: on random text rich in what decides (digits, control characters, U+FFFE, combining marks after
/// `#`, spaces and digits), they must give the same answer.
@Suite struct FastPathTests {
    /// Pieces of text that decide a line's lead, a word or a refused byte.
    static let pieces = [
        " ", "  ", "#", "##", "###", "`", "```", "~~~", "-", "*", "+", "1", "12", "123", "1234", ".", ")", "\u{0301}",
        "\u{0308}", "\u{200D}", "a", "Å", "é", "\t", "\n", "\u{07}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "\u{F8FF}", "\u{FFEF}",
        "19121212-1212", "121212+1212", "0101011234", "-", "+", "\u{00A0}", "\u{212A}", "\u{212B}", "ﬁ", "ö", "x",
    ]

    static func randomText(_ random: inout ParserPropertyTests.SplitMix, pieces count: Int) -> String {
        (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    @Test(arguments: 0..<4) func aLineLeadIsTheSameOnBytesAsOnCharacters(seed: UInt64) {
        var random = ParserPropertyTests.SplitMix(state: seed)
        for _ in 0..<3_000 {
            let line = Substring(Self.randomText(&random, pieces: Int.random(in: 0...8, using: &random)))
            #expect(Sentences.Lead(line) == Sentences.Lead(byCharacters: line), "\(Array(line.unicodeScalars))")
        }
    }

    @Test(arguments: 0..<4) func wordNumbersAreADictionarysNumbers(seed: UInt64) {
        var random = ParserPropertyTests.SplitMix(state: seed)
        let words = Words.folded(Self.randomText(&random, pieces: 4_000) + " e\u{0301}cole école ÉCOLE \u{212B}r år")
        var table = WordNumbers(capacity: 4)
        var dictionary: [String: Int] = [:]
        for word in words {
            let expected = dictionary[word] ?? dictionary.count
            dictionary[word] = expected
            #expect(table.number(of: word) == expected)
        }
        #expect(table.words.count == dictionary.count)
        for (word, number) in dictionary { #expect(table.number(ofExisting: word) == number) }
        #expect(table.number(ofExisting: "ordsomintefinns") == nil)
    }

    /// A control character other than tab and line ends, or U+FFFE/U+FFFF: the first, by a plain loop.
    static func firstRefused(_ bytes: ArraySlice<UInt8>) -> Int? {
        for offset in bytes.indices {
            let byte = bytes[offset]
            if byte < 0x20 && byte != 9 && byte != 10 && byte != 13 { return offset }
            if byte == 0xEF, offset + 2 < bytes.endIndex, bytes[offset + 1] == 0xBF, bytes[offset + 2] >= 0xBE { return offset }
        }
        return nil
    }

    @Test(arguments: 0..<4) func refusedBytesAreFoundWhereAPlainLoopFindsThem(seed: UInt64) {
        var random = ParserPropertyTests.SplitMix(state: seed)
        for _ in 0..<2_000 {
            let bytes = Array(Self.randomText(&random, pieces: Int.random(in: 0...40, using: &random)).utf8)
            for start in [0, min(3, bytes.count)] {
                #expect(SourceDecoder.firstControlCharacter(bytes[start...]) == Self.firstRefused(bytes[start...]))
            }
        }
    }

    @Test(arguments: 0..<4) func digitRunsAreThePlainLoops(seed: UInt64) {
        var random = ParserPropertyTests.SplitMix(state: seed)
        for _ in 0..<2_000 {
            let bytes = Array(Self.randomText(&random, pieces: Int.random(in: 0...30, using: &random)).utf8)
            var runs: [(start: Int, digits: [Int])] = []
            var start = -1
            for offset in 0...bytes.count {
                if offset < bytes.count, (0x30...0x39).contains(bytes[offset]) {
                    if start < 0 { start = offset }
                } else if start >= 0 {
                    let length = offset - start
                    runs.append((start, [4, 6, 8, 10, 12].contains(length) ? bytes[start..<offset].map { Int($0) - 0x30 } : []))
                    start = -1
                }
            }
            let found = PersonalIdentityNumber.digitRuns(bytes)
            #expect(found.map(\.start) == runs.map(\.start))
            #expect(found.map(\.digits) == runs.map(\.digits))
        }
    }

    @Test(arguments: 0..<4) func lowerCaseBytesAreThePlainLoops(seed: UInt64) {
        var random = ParserPropertyTests.SplitMix(state: seed)
        for _ in 0..<2_000 {
            let text = Self.randomText(&random, pieces: Int.random(in: 0...30, using: &random)) + ["ÅÄÖ", "AZ@[", "Ã", "ÞßàÀ×", "ÿ", "Ç\u{0301}"].randomElement(using: &random)!
            let bytes = Array(text.utf8)
            var lower = bytes
            var index = 0
            while index < lower.count {
                let byte = lower[index]
                if byte >= 0x41 && byte <= 0x5A {
                    lower[index] = byte + 0x20
                } else if byte == 0xC3, index + 1 < lower.count, lower[index + 1] >= 0x80, lower[index + 1] <= 0x9E, lower[index + 1] != 0x97 {
                    lower[index + 1] += 0x20
                    index += 1
                }
                index += 1
            }
            #expect(SourceFile.lowercased(bytes) == lower)
        }
    }

    /// Pieces of the case phrases (BUS018) and what could make Foundation find one the bytes do not show,
    /// or miss one they do: a decomposed `å`, combining marks, joiners, a soft hyphen, capitals, the
    /// Kelvin sign, and words that hold a phrase's ASCII part (`övriga`).
    static let casePieces = [
        " ", "år", "ÅR", "a\u{030A}r", "A\u{030A}R", " gammal", " GAMLA", " gamla", "t", ")", "-", "ring", "rig", "*", "**",
        "xxxxxx", "XXXX", "xxxx", "nummer", "numret", " borttaget", "\u{00AD}", "\u{200D}", "\u{0301}", "\u{030A}", "\u{212A}",
        "övriga", "ä", "12", ".", "\n", "–", "”", "\u{2028}", "\u{200B}", "\u{2047}", "\u{205F}", "\u{00A0}", "ǻ", "\u{212B}",
    ]

    @Test(arguments: 0..<4) func aCasePhraseIsFoundWhereFoundationFindsIt(seed: UInt64) {
        var random = ParserPropertyTests.SplitMix(state: seed)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...10, using: &random)).map { _ in Self.casePieces.randomElement(using: &random)! }.joined()
            let lower = SourceFile.lowercased(Array(text.utf8))
            let plain = String(decoding: lower, as: UTF8.self)
            #expect(PersonalName.holdsCasePhrase(lower[...]) == PersonalName.casePhrases.contains { plain.contains($0) },
                    "\(Array(text.unicodeScalars))")
        }
        // Each phrase, written as the list has it, decomposed, and cut by a mark or a soft hyphen.
        for phrase in PersonalName.casePhrases {
            for written in [phrase, phrase.decomposedStringWithCanonicalMapping, phrase + "\u{0301}", phrase.split(separator: "r", omittingEmptySubsequences: false).joined(separator: "r\u{00AD}")] {
                let lower = SourceFile.lowercased(Array("Han var 12 \(written) då.".utf8))
                let plain = String(decoding: lower, as: UTF8.self)
                #expect(PersonalName.holdsCasePhrase(lower[...]) == PersonalName.casePhrases.contains { plain.contains($0) }, "\(written)")
            }
        }
    }

    /// A case written with a decomposed `å` is a case as Foundation reads it: the name in it is found.
    @Test func aDecomposedCasePhraseStillMakesACase() {
        let text = "Noah Eriksson var 12 a\u{030A}r gammal när mötet hölls. Anna Svensson är enhetschef."
        let scan = PersonalName.scan(Array(text.utf8), numbers: [])
        #expect(scan.names == [PersonalName.Match(offset: 0, length: "Noah Eriksson".utf8.count)])
        #expect(scan.caseSentences == [0..<"Noah Eriksson var 12 a\u{030A}r gammal när mötet hölls.".utf8.count])
    }

    /// A case word in capitals, Latin-1 (`VÅRDNADSHAVARE`) or not (`ǅ` before it keeps the word whole),
    /// is the case word in lower case, as `String.lowercased` makes it.
    @Test func aCaseWordInCapitalsMakesACase() {
        for (text, found) in [("VÅRDNADSHAVARE Elsa Andersson kom inte.", true), ("ÄRENDET Elsa Andersson kom inte.", true),
                              ("ǅBARNET Elsa Andersson kom inte.", false), ("MÖTET Elsa Andersson kom inte.", false)] {
            let scan = PersonalName.scan(Array(text.utf8), numbers: [])
            #expect(scan.names.count == (found ? 1 : 0), "\(text)")
        }
    }

    @Test func aLongLineIsFoundAtItsEnd() {
        let limit = SourceDecoder.maximumLineLength
        for length in [limit - 1, limit, limit + 1] {
            let bytes = Array("a\nb\n".utf8) + [UInt8](repeating: 0x79, count: length) + [10]
            #expect(SourceDecoder.firstLongLine(bytes[...])?.line == (length > limit ? 3 : nil))
            #expect(SourceDecoder.firstLongLine(bytes.dropLast())?.length == (length > limit ? length : nil))
        }
    }
}
