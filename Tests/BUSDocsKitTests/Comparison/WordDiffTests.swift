@testable import BUSDocsKit
import Foundation
import Testing

/// The word diff under the redline: what it keeps and inserts are the new text's words, what it keeps
/// and deletes the old text's, for any two texts; no two words ever run together.
@Suite struct WordDiffTests {
    @Test func aReplacedWordIsDeletedThenInserted() {
        #expect(WordDiff.compare("skolan ska kalla till SIP", "skolan kan kalla till SIP")
            == [.same("skolan "), .deleted("ska "), .inserted("kan "), .same("kalla till SIP")])
        #expect(WordDiff.compare("", "ny text") == [.inserted("ny text")])
        #expect(WordDiff.compare("gammal text", "") == [.deleted("gammal text")])
    }

    @Test func reflowedLinesAreNotChanges() {
        #expect(!WordDiff.differs("en två\ntre", "en två tre"))
        #expect(WordDiff.compare("en två\ntre", "en två tre") == [.same("en två tre")])
    }

    @Test(arguments: 0..<4) func piecesRebuildBothTexts(seed: Int) {
        var random = ParserPropertyTests.SplitMix(state: UInt64(seed))
        let vocabulary = ["barnet", "skolan", "ska", "kan", "BUP", "samverkan", "\n\n", "- ", "**SIP**", "inom", "14", "dagar."]
        for _ in 0..<250 {
            let text = { (count: Int) in (0..<count).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }.joined(separator: " ") }
            let old = text(Int(random.next() % 30)), new = text(Int(random.next() % 30))
            let pieces = WordDiff.compare(old, new)
            var rebuiltNew = "", rebuiltOld = ""
            for piece in pieces {
                switch piece {
                case .same(let text): rebuiltNew += text; rebuiltOld += text
                case .inserted(let text): rebuiltNew += text
                case .deleted(let text): rebuiltOld += text
                }
            }
            #expect(rebuiltNew.split(whereSeparator: \.isWhitespace) == new.split(whereSeparator: \.isWhitespace))
            #expect(rebuiltNew.hasPrefix(new.trimmingCharacters(in: .whitespaces)) || new.isEmpty)
            #expect(rebuiltOld.split(whereSeparator: \.isWhitespace) == old.split(whereSeparator: \.isWhitespace))
        }
    }

    @Test func textsTooLongForTheTableAreReplacedWhole() {
        let long = String(repeating: "ord ", count: 2_100)
        #expect(WordDiff.compare(long, long + "slut") == [.deleted(long), .inserted(long + "slut")])
    }
}
