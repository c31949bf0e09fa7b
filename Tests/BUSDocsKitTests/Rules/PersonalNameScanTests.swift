@testable import BUSDocsKit
import Foundation
import Testing

/// The name scan of BUS018 reads a text's bytes; it must find what the scan it replaced found, reading
/// each word as a String. That scan is kept here, and both read many generated texts: names,
/// case words and roles in any case, punctuation that ends a sentence or not, personal identity numbers,
/// ages, and characters outside ASCII (Latin-1 letters, letters the byte lists do not know, combining
/// marks, alphabetic combining marks, the Kelvin and Ångström signs, emoji).
@Suite struct PersonalNameScanTests {
    static let names = ["Anna", "Elsa", "Omar", "Noah", "Maja", "Sara", "Kalle", "Åsa", "Björn", "Märta", "Anna-Karin",
                        "Karl-Johan", "Anna-ärendet", "ANNA", "anna", "Åke", "Göran", "Ali", "Eva", "Per", "Maria"]
    static let surnames = ["Andersson", "Lindgrens", "Svensson", "Holm", "Ek", "Öberg", "ÖBERG", "Çelik", "Łukasz", "İlhan",
                           "Élise", "Nyström", "Lind", "Mohamed", "Yusuf", "BUP", "Ǆuro", "Σofia", "Ödman"]
    static let words = ["barnet", "Barnet", "BARNET", "eleven", "Elevens", "pojken", "flickan", "Flickan", "ärendet", "ÄRENDET",
                        "Ärendets", "vårdnadshavare", "VÅRDNADSHAVARE", "V\u{212B}RDNADSHAVARE", "född", "FÖDD", "personnummer",
                        "samordningsnumret", "patİenten", "ǅBARNET", "a\u{0308}rendet", "rektor", "Rektor", "enhetschef",
                        "BUS-samordnare", "kuratorn", "skolsköterskan", "barnsjukhus", "skolan", "gatan", "och", "var", "med",
                        "mötet", "om", "till", "hette", "skolgången", "Kontaktperson", "år", "gammal", "gamla", "\u{212A}elvin",
                        "mamma", "Pappa", "bror", "syster", "klass", "åk", "årskurs", "förskoleklass", "Saras", "Leos", "Annas",
                        "lärare", "mentor", "född", "föddes", "tolvåriga", "nio"]
    static let separators = [" ", " ", " ", " ", ", ", ". ", ".", "! ", "? ", "?", " | ", "|", "\n", "\n\n", "\n- ", "\n* ",
                             "\n1. ", "\n12) ", "\n\u{0663}. ", "\n3 ", "\nnyckel: ", "\nsnake_key:", "\n  ", "\t", "\u{00A0}",
                             "\u{202F}", " (", ")", " – ", "-", "—", " # ", "> ", " år gammal ", " år) ", "-åring ", " **** ",
                             " XXXXXX-XXXX ", " nummer borttaget ", ", 8 år", ", 12 år, ", ", 123 år", ", 8 åren", ", 7 år.",
                             " 20150312-2382 ", ", 121212-1212, ", ":", ";", "\"", "”",
                             " 2015-03-12 ", " 12 mars 2015 ", " 8 år ", " (7 år) ", " 4B ", " åk 5 ", " 10 år", "-årige "]
    static let others = ["é", "e\u{0301}", "\u{0301}", "\u{0308}", "\u{0363}", "\u{0345}", "ǅ", "ß", "ﬁ", "İ", "Ω", "日本",
                         "😀", "\u{200D}", "\u{00AD}", "\u{212A}", "\u{212B}", "ﬀ", "Ⅻ", "½", "2", "19", "x"]

    static func randomText(_ random: inout ParserPropertyTests.SplitMix) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...40, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0...2: text += names.randomElement(using: &random)!
            case 3...4: text += surnames.randomElement(using: &random)!
            case 5...6: text += words.randomElement(using: &random)!
            case 7: text += others.randomElement(using: &random)!
            default: text += separators.randomElement(using: &random)!
            }
            // Mostly a space between, sometimes nothing or a mark glued on.
            switch Int.random(in: 0..<8, using: &random) {
            case 0: break
            case 1: text += separators.randomElement(using: &random)!
            case 2: text += others.randomElement(using: &random)!
            default: text += " "
            }
        }
        return text
    }

    static func assertSameScan(_ text: String) {
        let bytes = Array(text.utf8)
        let numbers = PersonalIdentityNumber.matches(in: bytes)
        let birthDates = BirthDate.matches(in: bytes, numbers: numbers)
        let scan = PersonalName.scan(bytes, numbers: numbers, birthDates: birthDates)
        let reference = Reference.scan(bytes, numbers: numbers, birthDates: birthDates)
        #expect(scan.names == reference.names, "\(text.debugDescription)")
        #expect(scan.caseSentences == reference.caseSentences, "\(text.debugDescription)")
    }

    @Test(arguments: 0..<8) func theByteScanFindsWhatTheStringScanFound(seed: UInt64) {
        var random = ParserPropertyTests.SplitMix(state: seed)
        var found = 0
        for _ in 0..<2_000 {
            let text = Self.randomText(&random)
            Self.assertSameScan(text)
            found += PersonalName.scan(Array(text.utf8), numbers: []).names.count
        }
        // The texts are not all without names: the comparison is of something.
        #expect(found > 100)
    }

    /// The agreement fixture, with the sentences of the BUS018 tests in it.
    @Test func theByteScanReadsTheFixtureAsTheStringScanDid() {
        Self.assertSameScan(Fixture.valid)
        Self.assertSameScan(Fixture.valid.replacing("Barnkonventionen gäller.", with: "Eleven Omar Hassan, 20150312-2382, fick vänta. Pojken Kalle fick vänta på BUP.\nVi tog upp ärendet\nom Ebba\nLind, som fick vänta."))
    }

    /// The byte lists answer as the Strings do only if the words are written in characters below U+0300
    /// (so in Normalization Form C, their bytes equal exactly when the Strings are).
    @Test func theListsAreWrittenInCharactersBelowU0300() {
        for word in PersonalName.firstNames.union(PersonalName.caseWords) {
            #expect(word.unicodeScalars.allSatisfy { $0.value < 0x300 }, "\(word)")
            #expect(PersonalName.firstNameBytes.contains(Array(word.utf8)[...]) == PersonalName.firstNames.contains(word))
            #expect(PersonalName.caseWordBytes.contains(Array(word.utf8)[...]) == PersonalName.caseWords.contains(word))
        }
        for (words, bytes) in [(PersonalName.nameWords, PersonalName.nameWordBytes), (PersonalName.namingVerbs, PersonalName.namingVerbBytes),
                               (PersonalName.namedSubjects, PersonalName.namedSubjectBytes)] {
            for word in words {
                #expect(word.unicodeScalars.allSatisfy { $0.value < 0x300 } && word == word.lowercased(), "\(word)")
                #expect(bytes.contains(Array(word.utf8)[...]))
            }
        }
        #expect(!PersonalName.firstNameBytes.contains(Array("Annas".utf8)[...]))
        #expect(!PersonalName.caseWordBytes.contains(ArraySlice<UInt8>()))
    }

    /// The scan as it was before it read bytes: each word made a String, looked up in the Sets.
    enum Reference {
        /// One word: its text, where it starts and ends, and whether only spaces (at most one soft line break)
        /// stand between it and the word before.
        private struct Word {
            var text: String
            var start: Int
            var end: Int
            var joined: Bool
        }

        /// The names and case sentences of a text; `numbers` are the personal identity numbers found in it.
        static func scan(_ bytes: [UInt8], numbers: [PersonalIdentityNumber.Match], birthDates: [BirthDate.Match] = []) -> PersonalName.Scan {
            var scan = PersonalName.Scan()
            // The whole text in lower case once; each sentence's part of it is its own in lower case (a
            // sentence starts and ends between characters, so no two-byte letter is cut).
            let lowered = SourceFile.lowercased(bytes)
            // The scalars and where each starts, in one pass: there are at most as many as bytes.
            var scalars: [Unicode.Scalar] = []
            var offsets: [Int] = []
            scalars.reserveCapacity(bytes.count)
            offsets.reserveCapacity(bytes.count + 1)
            var offset = 0
            for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
                scalars.append(scalar)
                offsets.append(offset)
                offset += UTF8.width(scalar)
            }
            offsets.append(offset)

            var sentenceStart = 0
            var words: [Word] = []
            var joined = false
            var index = 0

            func endSentence(at end: Int) {
                defer { words.removeAll(keepingCapacity: true); sentenceStart = end; joined = false }
                // The sentence starts at its first character, not at the space or line break before it.
                var start = sentenceStart
                while start < end, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 { start += 1 }
                guard !words.isEmpty, start < end else { return }
                let range = start..<end
                let hasCaseWord = words.contains { word in
                    // A word of Latin-1 letters only (its bytes all below C4) is in lower case in `lowered`:
                    // Unicode lower-cases those as `SourceFile.lowercased` does.
                    let lower = word.text.utf8.allSatisfy { $0 < 0xC4 }
                        ? String(decoding: lowered[word.start..<word.end], as: UTF8.self) : word.text.lowercased()
                    return PersonalName.caseWords.contains(lower)
                } || PersonalName.holdsCasePhrase(lowered[range])
                let hasNumber = numbers.contains { range.contains($0.offset) }
                let sentenceBirthDates = birthDates.filter { range.contains($0.triggerOffset) }
                let names = Self.names(in: words, bytes, sentence: range, inCase: hasCaseWord || hasNumber || !sentenceBirthDates.isEmpty,
                                       birthDates: sentenceBirthDates)
                scan.names += names
                if hasCaseWord || !sentenceBirthDates.isEmpty || !names.isEmpty { scan.caseSentences.append(range) }
            }

            while index < scalars.count {
                let scalar = scalars[index]
                if isLetter(scalar) {
                    var end = index + 1
                    while end < scalars.count, isLetter(scalars[end]) || (scalars[end] == "-" && end + 1 < scalars.count && isLetter(scalars[end + 1])) {
                        end += 1
                    }
                    // The word's text made from its bytes, the same scalars: `bytes` are a String's, valid UTF-8.
                    words.append(Word(text: String(decoding: bytes[offsets[index]..<offsets[end]], as: UTF8.self),
                                      start: offsets[index], end: offsets[end], joined: joined))
                    joined = true
                    index = end
                    continue
                }
                switch scalar {
                case " ", "\t", "\u{00A0}", "\u{202F}":
                    break
                case "\n":
                    if lineBreakEndsSentence(scalars, after: index) {
                        endSentence(at: offsets[index + 1])
                    }
                case ".", "!", "?":
                    if index + 1 == scalars.count || Self.endsAfterStop(scalars[index + 1]) {
                        endSentence(at: offsets[index + 1])
                    } else {
                        joined = false
                    }
                case "|":
                    endSentence(at: offsets[index + 1])
                default:
                    joined = false
                }
                index += 1
            }
            endSentence(at: offsets[scalars.count])
            return scan
        }

        /// The names among a sentence's words: a first name and the capitalised words right after it — unless
        /// a role stands right before it or, after a comma or a parenthesis, right after it (`rektor Johan
        /// Berg`, `Maria Holm, BUS-samordnare`): an official's name. A first name alone is a child's right
        /// after `flickan`, `pojken`, `barnet` or `eleven`, or with an age after it (`Sara, 8 år`).
        private static func names(in words: [Word], _ bytes: [UInt8], sentence: Range<Int>, inCase: Bool, birthDates: [BirthDate.Match]) -> [PersonalName.Match] {
            var found: [PersonalName.Match] = []
            var tokens: NamedChild.Sentence?
            var index = 0
            while index < words.count {
                let lead = words[index].text.utf8.first ?? 0
                let capital = (0x41...0x5A).contains(lead) || lead == 0xC3
                let isFirst = (inCase || capital) && isFirstName(words[index].text)
                let genitive = capital && !isFirst && (isGenitiveFirstName(at: index, words) || isGenitiveNameBeforeRelative(at: index, words))
                let unknown = capital && !isFirst && !genitive && isUnknownName(at: index, words, bytes, inCase: inCase)
                guard isFirst || genitive || unknown || isLowerCaseNamePair(at: index, words, bytes) else {
                    index += 1
                    continue
                }
                if !isFirst, !genitive, !unknown {
                    let sentenceTokens = tokens ?? NamedChild.Sentence(words: words.map { ($0.start, $0.end) }, range: sentence, bytes)
                    tokens = sentenceTokens
                    let details = NamedChild.detailsRightAfter(nameEndingAt: words[index + 1].end, in: sentenceTokens, birthDates: birthDates)
                    if details.isEmpty {
                        index += 1
                    } else {
                        found.append(PersonalName.Match(offset: words[index].start, length: words[index + 1].end - words[index].start, details: details))
                        index += 2
                    }
                    continue
                }
                let last = nameEnd(from: index, words, bytes, onOneLine: unknown)
                if last > index, (words[last].text.hasSuffix("s") && last + 1 < words.count && words[last + 1].joined
                                  && PersonalName.placeNouns.contains(words[last + 1].text.lowercased()))
                    || (index > 0 && words[index].joined && PersonalName.placeNouns.contains(words[index - 1].text.lowercased())) {
                    index = last + 1
                    continue
                }
                let official = (index > 0 && words[index].joined && PersonalName.isRole(words[index - 1].text))
                    || (last + 1 < words.count && PersonalName.isRole(words[last + 1].text) && Self.isAside(bytes[words[last].end..<words[last + 1].start]))
                let afterChildWord = standsAfterChildWord(at: index, words, bytes)
                let childByFirstName = last == index && isWholeFirstName(words[index].text) && afterChildWord
                var details: Set<NamedChild.Detail> = []
                if !official, last > index || genitive || isWholeFirstName(words[index].text) || unknown {
                    let sentenceTokens = tokens ?? NamedChild.Sentence(words: words.map { ($0.start, $0.end) }, range: sentence, bytes)
                    tokens = sentenceTokens
                    details = unknown && !afterChildWord
                        ? NamedChild.detailsRightAfter(nameEndingAt: words[last].end, in: sentenceTokens, birthDates: birthDates, asideOnly: false)
                        : NamedChild.details(ofNameFrom: words[index].start, to: words[last].end, fullName: last > index,
                                             in: sentenceTokens, birthDates: birthDates)
                }
                if !official, (inCase && (last > index || childByFirstName) && !unknown) || (unknown && afterChildWord) || !details.isEmpty {
                    found.append(PersonalName.Match(offset: words[index].start, length: words[last].end - words[index].start, details: details))
                }
                index = last + 1
            }
            return found
        }

        /// Right after a child word on its line, or after one and `heter` or `kallas`.
        private static func standsAfterChildWord(at index: Int, _ words: [Word], _ bytes: [UInt8]) -> Bool {
            guard index > 0, !bytes[words[index - 1].end..<words[index].start].contains(0x0A),
                  words[index].joined || isAside(bytes[words[index - 1].end..<words[index].start]) else { return false }
            let before = words[index - 1].text.lowercased()
            if PersonalName.nameWords.contains(before) { return true }
            guard words[index].joined else { return false }
            // `syskonen Aysel och Deniz`.
            if ["och", "eller"].contains(before), index > 1, words[index - 1].joined,
               words[index - 2].text.unicodeScalars.first?.properties.isUppercase == true,
               !PersonalName.isNoName(words[index - 2].text.lowercased()), standsAfterChildWord(at: index - 2, words, bytes) { return true }
            guard PersonalName.namingVerbs.contains(before), index > 1, words[index - 1].joined else { return false }
            return PersonalName.namedSubjects.contains(words[index - 2].text.lowercased())
        }

        /// A capitalised word not on the list, after a child word or with a comma or a parenthesis after it;
        /// or alone within its sentence, after no colon, with an age right after it in a case or followed
        /// by "som" or "gammal".
        private static func isUnknownName(at index: Int, _ words: [Word], _ bytes: [UInt8], inCase: Bool) -> Bool {
            var word = words[index]
            word.joined = true
            guard isSurname(word) else { return false }
            if !standsAfterChildWord(at: index, words, bytes) {
                let last = nameEnd(from: index, words, bytes, onOneLine: true)
                var rest = bytes[words[last].end...]
                if last > index, rest.first == UInt8(ascii: ".") { rest = rest.dropFirst() }
                rest = rest.drop { $0 == 0x20 }
                let aside = rest.first == UInt8(ascii: ",") || rest.first == UInt8(ascii: "(")
                let inSentence = last == index && index > 0 && !bytes[words[index - 1].end..<words[index].start].contains { ":.\n".utf8.contains($0) }
                // Read scalar by scalar, as the bytes are: a combining mark after a space is a letter of its own.
                let age = String(decoding: rest, as: UTF8.self)
                    .firstMatch(of: /^[0-9]{1,2} år(?![A-Za-z]|[^\x00-\x7F])( (som|gammal|gamla|gammalt)(?![A-Za-z]|[^\x00-\x7F]))?/.matchingSemantics(.unicodeScalar))
                guard aside || (inSentence && age.map { inCase || $0.output.1 != nil } == true) else { return false }
                if index > 0, words[index].joined, !bytes[words[index - 1].end..<words[index].start].contains(0x0A) {
                    let before = words[index - 1].text
                    if PersonalName.placePrepositions.contains(before.lowercased()) || before.unicodeScalars.first?.properties.isUppercase == true { return false }
                    if ["och", "eller", "samt"].contains(before) {
                        // Back over capitalised words joined by commas and spaces to a place preposition.
                        var at = index - 2
                        while at >= 0, words[at].text.unicodeScalars.first?.properties.isUppercase == true, at > 0,
                              bytes[words[at - 1].end..<words[at].start].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: ",") }) { at -= 1 }
                        if at >= 0, at < index - 2, PersonalName.placePrepositions.contains(words[at].text) { return false }
                    }
                }
            }
            return !PersonalName.isNoName(words[index].text.lowercased())
        }

        /// Two words in lower case, neither one that is no name, with a comma or a parenthesis after them.
        private static func isLowerCaseNamePair(at index: Int, _ words: [Word], _ bytes: [UInt8]) -> Bool {
            guard index + 1 < words.count, words[index + 1].joined,
                  index == 0 || bytes[words[index - 1].end..<words[index].start].contains(0x0A) || standsAfterChildWord(at: index, words, bytes)
                    || PersonalName.isFirstNameInLowerCase(words[index].text) else { return false }
            for word in [words[index], words[index + 1]] {
                guard let first = word.text.utf8.first, (0x61...0x7A).contains(first) || first == 0xC3, word.text.utf8.count > 1 else { return false }
            }
            let rest = bytes[words[index + 1].end...].drop { $0 == 0x20 }
            guard rest.first == UInt8(ascii: ",") || rest.first == UInt8(ascii: "(") else { return false }
            return [words[index].text, words[index + 1].text].allSatisfy { $0 == $0.lowercased() && !PersonalName.isNoName($0) && !$0.contains("-") }
        }

        /// The name's last word: its surnames, or one initial; on one line only if `onOneLine`.
        private static func nameEnd(from index: Int, _ words: [Word], _ bytes: [UInt8], onOneLine: Bool) -> Int {
            func next(_ last: Int) -> Word? {
                guard last + 1 < words.count,
                      !onOneLine || !bytes[words[last].end..<words[last + 1].start].contains(0x0A) else { return nil }
                return words[last + 1]
            }
            var last = index
            while let word = next(last), isSurname(word), !PersonalName.notNames.contains(word.text.lowercased()) { last += 1 }
            if last == index, let word = next(last), word.joined, word.text.unicodeScalars.count == 1,
               word.text.unicodeScalars.first!.properties.isUppercase { last += 1 }
            return last
        }

        /// What stands between a name and a role after it, when the role says who the person is: a comma,
        /// a parenthesis or a dash (`Maria Holm, BUS-samordnare`, `Maria Holm (rektor)`, `Maria Holm – kurator`).
        private static func isAside(_ between: ArraySlice<UInt8>) -> Bool {
            let text = String(decoding: between, as: UTF8.self).trimmingWhitespace()
            return [",", "(", "–", "-", "—", ":"].contains(text)
        }

        /// `Aysels mamma`: a capitalised word in the genitive before one relative, not a noun's genitive.
        private static func isGenitiveNameBeforeRelative(at index: Int, _ words: [Word]) -> Bool {
            var word = words[index]
            word.joined = true
            guard word.text.utf8.count > 3, word.text.hasSuffix("s"), index + 1 < words.count, words[index + 1].joined,
                  PersonalName.singleRelatives.contains(words[index + 1].text.lowercased()), isSurname(word) else { return false }
            let text = word.text.lowercased()
            return !["ans", "ens", "ets", "nas", "ers"].contains { text.hasSuffix($0) } && !PersonalName.isNoName(text) && !PersonalName.isNoName(String(text.dropLast()))
        }

        /// `Leos mamma`: a first name and an `s`, and right after it a parent or a sibling.
        private static func isGenitiveFirstName(at index: Int, _ words: [Word]) -> Bool {
            let word = words[index].text
            guard word.hasSuffix("s"), index + 1 < words.count, words[index + 1].joined,
                  NamedChild.isRelation(words[index + 1].text.lowercased()) else { return false }
            return isWholeFirstName(String(word.dropLast()))
        }

        /// A first name, every part of it (`Anna-Karin`, not `Anna-ärendet`).
        private static func isWholeFirstName(_ word: String) -> Bool {
            word.split(separator: "-").allSatisfy { PersonalName.firstNames.contains(String($0)) }
        }

        private static func isFirstName(_ word: String) -> Bool {
            if PersonalName.firstNames.contains(word) { return true }
            // Anna-Karin, Karl-Johan.
            // A word without the byte of `-` holds no character canonically equal to it: Foundation's
            // `contains` is asked only of the others.
            return word.utf8.contains(0x2D) && word.contains("-") && word.split(separator: "-").first.map { PersonalName.firstNames.contains(String($0)) } == true
        }

        /// A word right after the one before, with a capital and then a lower-case letter: `Andersson`, not `BUP`.
        private static func isSurname(_ word: Word) -> Bool {
            guard word.joined, let first = word.text.unicodeScalars.first, first.properties.isUppercase else { return false }
            return word.text.unicodeScalars.dropFirst().first?.properties.isLowercase == true
        }

        private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            // Of ASCII, only A–Z and a–z are alphabetic: decided without the Unicode tables.
            if scalar.isASCII { return (0x61...0x7A).contains(scalar.value | 0x20) }
            return scalar.properties.isAlphabetic
        }

        /// Whether a `.`, `!` or `?` followed by this ends a sentence.
        private static func endsAfterStop(_ next: Unicode.Scalar) -> Bool {
            switch next {
            case " ", "\n", "\t", "\u{00A0}": return true
            default: return false
            }
        }

        /// A line break ends a sentence before a blank line, a list item, a heading, a table row, a quote, a
        /// YAML key or a front matter fence; otherwise the paragraph goes on.
        private static func lineBreakEndsSentence(_ scalars: [Unicode.Scalar], after newline: Int) -> Bool {
            var index = newline + 1
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            guard index < scalars.count else { return true }
            let first = scalars[index]
            switch first {
            case "\n", "-", "*", "+", "#", "|", ">": return true
            default: break
            }
            var probe = index
            if first.properties.numericType != nil {
                while probe < scalars.count, scalars[probe].properties.numericType != nil { probe += 1 }
                return probe < scalars.count && (scalars[probe] == "." || scalars[probe] == ")")
            }
            // `key:` at the start of a line, as in the front matter.
            while probe < scalars.count, scalars[probe].properties.isLowercase || scalars[probe] == "_" || scalars[probe] == "-" { probe += 1 }
            return probe > index && probe < scalars.count && scalars[probe] == ":"
        }

    }
}
