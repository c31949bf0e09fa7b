/// Finds a person's name in a sentence about a child or a case (BUS018): a common Swedish first name
/// (`first-names.txt`) followed by a capitalised surname, in a sentence that speaks of a child or a case —
/// barnet, eleven, pojken, flickan, ärendet, vårdnadshavare, född, år gammal, personnummer, or a personal
/// identity number, masked or removed. The same name elsewhere (`kontaktperson Anna Svensson, enhetschef`)
/// is an official's, and officials' names belong in agreements.
///
/// In any sentence, a first name — alone or with a surname — is a child's with an age, a school class,
/// a parent or a sibling, or a date of birth beside it (`NamedChild`): `Sara, 8 år`, `Mamma till Noah Berg`.
///
/// A name not on the list is found where a name stands: a capitalised word (and its surname or initial)
/// right after a child word (`pojken Dawit`, `hennes bror Kerem`, `barnet heter Sara`, `familjen Warsame`)
/// or with an age, a class or a date of birth right after it (`Kerem, 12 år`, `Saga L., 6 år`), and two
/// words in lower case with one right after them (`elias andersson, 9 år`) — never a word that is no
/// name (`isNoName`: `Förskoleklass, 6 år`, `barnet och familjen`, `Socialtjänsten`).
///
/// It also tells which sentences describe a case (a name, a date of birth or one of those words in them,
/// a number not counting): a number in one is taken out with its sentence, not alone.
public enum PersonalName {
    /// One name: where its first name starts and how many UTF-8 bytes it has, up to the end of its surname,
    /// and what beside it says it is a child's (`NamedChild`), if anything does.
    public struct Match: Hashable, Sendable {
        public var offset: Int
        public var length: Int
        public var details: Set<NamedChild.Detail> = []
    }

    /// The names in a text, and the sentences that describe a case, as UTF-8 byte ranges.
    public struct Scan: Sendable {
        public var names: [Match] = []
        public var caseSentences: [Range<Int>] = []

        /// Whether the byte at `offset` is in a sentence about a case.
        public func isInCaseSentence(_ offset: Int) -> Bool {
            caseSentences.contains { $0.contains(offset) }
        }
    }

    /// The first names, from the resource file.
    static let firstNames: Set<String> = {
        let text = String(decoding: PackageResources.first_names_txt, as: UTF8.self)
        // Cut on the bytes when no byte is CR or from CC on: then each line feed is a character of its
        // own, and the lines are those `split(separator: "\n")` gives (read at every start).
        let bytes = text.utf8
        let lines = bytes.contains { $0 == 0x0D || $0 >= 0xCC } ? text.split(separator: "\n") : bytes.split(separator: 0x0A).map { Substring($0) }
        return Set(lines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }()

    /// Words that make a sentence one about a child or a case, in lower case.
    static let caseWords: Set<String> = [
        "barnet", "barnets", "eleven", "elevens", "pojken", "pojkens", "flickan", "flickans", "pojke", "flicka",
        "dottern", "sonen", "ungdomen", "patienten", "ärende", "ärendet", "ärendets", "vårdnadshavare", "vårdnadshavaren",
        "vårdnadshavarna", "vårdnadshavares", "vårdnadshavarens", "född", "födda", "personnummer", "personnumret",
        "samordningsnummer", "samordningsnumret", "mamman", "pappan", "modern", "fadern", "föräldern",
    ]

    /// Text that marks a case, in lower case: an age, a number masked or taken out.
    static let casePhrases = ["år gammal", "år gamla", "år gammalt", " år)", "-åring", "-årig", "****", "xxxxxx-xxxx", "nummer borttaget", "numret borttaget"]

    /// Per case phrase, the longest run of its ASCII characters, as bytes: a text in which Foundation's
    /// `contains` finds the phrase holds these bytes as they are. Each of those characters must be met by
    /// a character canonically equal to it, and the only such character is the same ASCII one (the three
    /// non-ASCII characters that decompose to ASCII give `;`, `` ` `` and `K`, none in a phrase), so a
    /// sentence without them is passed over on its bytes, and only the others are asked of Foundation.
    static let casePhraseCores: [SourceFile.Needle] = casePhrases.map { phrase in
        SourceFile.Needle(phrase.split { !$0.isASCII }.max { $0.utf8.count < $1.utf8.count }.map { Array($0.utf8) } ?? [])
    }

    /// Whether a sentence, in lower case (`SourceFile.lowercased`), holds one of the case phrases, as
    /// Foundation's `contains` finds them (canonically equal characters are equal).
    static func holdsCasePhrase(_ lower: ArraySlice<UInt8>) -> Bool {
        if isPlain(lower) { return casePhraseBytes.contains { $0.occurs(in: lower) } }
        var text: String?
        for (phrase, core) in zip(casePhrases, casePhraseCores) where core.occurs(in: lower) {
            if text == nil { text = String(decoding: lower, as: UTF8.self) }
            if text!.contains(phrase) { return true }
        }
        return false
    }

    static let casePhraseBytes = casePhrases.map { SourceFile.Needle(Array($0.utf8)) }

    /// The case phrases of a whole text in lower case, looked for once rather than sentence by sentence:
    /// where the whole text is plain (`isPlain`), so is every sentence of it (a sentence starts and ends
    /// between characters), and a sentence holds a phrase exactly when one of the phrase's places in the
    /// text lies within it. A text that is not plain is asked sentence by sentence (`holdsCasePhrase`).
    struct CasePhrasePlaces {
        /// Where each phrase stands in the text, by start; nil when the text is not plain.
        private let places: [Range<Int>]?
        /// The first place not before the last sentence asked about: sentences are asked in order.
        private var next = 0

        init(_ lowered: [UInt8]) {
            guard PersonalName.isPlain(lowered[...]) else { places = nil; return }
            var found: [Range<Int>] = []
            lowered.withUnsafeBytes { hay in
                for needle in PersonalName.casePhraseBytes {
                    needle.search(in: hay) { start in
                        found.append(start..<start + needle.bytes.count)
                        return true
                    }
                }
            }
            places = found.sorted { $0.lowerBound < $1.lowerBound }
        }

        /// Whether the sentence at `range` (after every sentence asked about before) holds a case phrase.
        mutating func holdPhrase(_ range: Range<Int>, _ lowered: [UInt8]) -> Bool {
            guard let places else { return PersonalName.holdsCasePhrase(lowered[range]) }
            while next < places.count, places[next].lowerBound < range.lowerBound { next += 1 }
            var index = next
            while index < places.count, places[index].lowerBound < range.upperBound {
                if places[index].upperBound <= range.upperBound { return true }
                index += 1
            }
            return false
        }
    }

    /// Whether a text is only characters below U+0300 (no combining mark among them) and the dashes,
    /// quotes and other punctuation of U+2010–U+2027 and U+2030–U+205E: each is a character of its own,
    /// none of them decomposes into another (nor into one of the phrases' characters), so Foundation finds
    /// a phrase written in them (written as the phrases are, composed) exactly where its bytes stand.
    static func isPlain(_ bytes: ArraySlice<UInt8>) -> Bool {
        // On the contiguous bytes: a whole text is read here once per scan (`CasePhrasePlaces`).
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // ASCII, continuation bytes and the lead bytes C2–CB of U+0080–U+02FF.
                if byte < 0xCC { index += 1; continue }
                guard byte == 0xE2, index + 2 < bytes.count else { return false }
                // E2 80 90–A7 is U+2010–U+2027, E2 80 B0–BF and E2 81 80–9E are U+2030–U+205E.
                let second = bytes[index + 1], third = bytes[index + 2]
                let punctuation = second == 0x80 ? (0x90...0xA7).contains(third) || (0xB0...0xBF).contains(third)
                                                 : second == 0x81 && (0x80...0x9E).contains(third)
                guard punctuation else { return false }
                index += 3
            }
            return true
        }
    }

    /// Whether the name from `first` to `last` names a place after a person: a surname in the genitive
    /// before a place noun (`Astrid Lindgrens barnsjukhus`, `Elsa Beskows skola`), or the name right after
    /// one (`förskolan Astrid Lindgren`).
    private static func namesAPlace(from first: Int, to last: Int, _ words: [Word], _ bytes: [UInt8]) -> Bool {
        if words[last].text(bytes).hasSuffix("s"), last + 1 < words.count, words[last + 1].joined,
           placeNouns.contains(words[last + 1].text(bytes).lowercased()) { return true }
        return first > 0 && words[first].joined && placeNouns.contains(words[first - 1].text(bytes).lowercased())
    }

    /// A surname in the genitive followed by one of these names a place (`Astrid Lindgrens barnsjukhus`), not a person.
    static let placeNouns: Set<String> = [
        "barnsjukhus", "barnsjukhuset", "sjukhus", "sjukhuset", "skola", "skolan", "gymnasium", "gymnasiet", "förskola",
        "förskolan", "gata", "gatan", "väg", "vägen", "plan", "torg", "park", "parken", "hus", "huset", "stiftelse",
        "stiftelsen", "mottagning", "mottagningen", "fond", "minnesfond", "kyrka", "kyrkan", "församling",
    ]

    /// The first names and the case words as bytes, for the words the scan meets: those of characters
    /// below U+0300 are in Normalization Form C as the lists are (a test holds the lists to those
    /// characters), so their bytes are equal exactly when the Strings are; other words are asked of the
    /// Strings.
    static let firstNameBytes = ByteWordSet(firstNames)
    static let caseWordBytes = ByteWordSet(caseWords)

    /// One word: where its bytes start and end, whether only spaces (at most one soft line break) stand
    /// between it and the word before, and its largest byte (below 0xCC: characters below U+0300 only).
    private struct Word {
        var start: Int
        var end: Int
        var joined: Bool
        var largestByte: UInt8

        /// The word as a String, for the few questions asked of a word next to a first name.
        func text(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }

    /// The names and case sentences of a text; `numbers` are the personal identity numbers found in it,
    /// `birthDates` its dates of birth. The text is read as UTF-8 bytes, a character decoded where it is
    /// not ASCII: `bytes` are a String's, valid UTF-8.
    public static func scan(_ bytes: [UInt8], numbers: [PersonalIdentityNumber.Match], birthDates: [BirthDate.Match] = []) -> Scan {
        // The whole text in lower case once; each sentence's part of it is its own in lower case (a
        // sentence starts and ends between characters, so no two-byte letter is cut).
        var reader = SentenceReader(bytes: bytes, lowered: SourceFile.lowercased(bytes), numbers: numbers, birthDates: birthDates)
        // What the closures change is passed to them, not captured: no dynamic exclusivity check per character.
        readWords(bytes, into: &reader, word: { reader, word in reader.words.append(word) }) { reader, scalar, index, width in
            switch scalar {
            case " ", "\t", "\u{00A0}", "\u{202F}":
                return true
            case "\n":
                guard lineBreakEndsSentence(bytes, after: index) else { return true }
                reader.endSentence(at: index + width)
                return false
            case ".", "!", "?":
                if index + width == bytes.count || Self.endsAfterStop(decode(bytes, at: index + width).scalar) {
                    reader.endSentence(at: index + width)
                }
                return false
            case "|":
                reader.endSentence(at: index + width)
                return false
            default:
                return false
            }
        }
        reader.endSentence(at: bytes.count)
        return reader.scan
    }

    /// The scan of a text so far: the words of the sentence being read and where it started.
    private struct SentenceReader {
        let bytes: [UInt8]
        let lowered: [UInt8]
        let numbers: [PersonalIdentityNumber.Match]
        let birthDates: [BirthDate.Match]
        var scan = Scan()
        var sentenceStart = 0
        var words: [Word] = []
        var casePhrases: CasePhrasePlaces

        init(bytes: [UInt8], lowered: [UInt8], numbers: [PersonalIdentityNumber.Match], birthDates: [BirthDate.Match]) {
            self.bytes = bytes
            self.lowered = lowered
            casePhrases = CasePhrasePlaces(lowered)
            self.numbers = numbers
            self.birthDates = birthDates
        }

        mutating func endSentence(at end: Int) {
            defer { words.removeAll(keepingCapacity: true); sentenceStart = end }
            // The sentence starts at its first character, not at the space or line break before it.
            var start = sentenceStart
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 { start += 1 }
            guard !words.isEmpty, start < end else { return }
            let range = start..<end
            let hasCaseWord = words.contains { word in
                // A word of Latin-1 letters only (its bytes all below C4) is in lower case in `lowered`:
                // Unicode lower-cases those as `SourceFile.lowercased` does.
                word.largestByte < 0xC4 ? caseWordBytes.contains(lowered[word.start..<word.end])
                                        : caseWords.contains(word.text(bytes).lowercased())
            } || casePhrases.holdPhrase(range, lowered)
            let hasNumber = numbers.contains { range.contains($0.offset) }
            let sentenceBirthDates = birthDates.filter { range.contains($0.triggerOffset) }
            let names = PersonalName.names(in: words, bytes, lowered, sentence: range, inCase: hasCaseWord || hasNumber || !sentenceBirthDates.isEmpty,
                                           birthDates: sentenceBirthDates)
            scan.names += names
            if hasCaseWord || !sentenceBirthDates.isEmpty || !names.isEmpty { scan.caseSentences.append(range) }
        }
    }

    /// Reads a text's words in order: each word to `word`; each character between words to `between`
    /// (with its offset and width), which says whether a word after it still joins the one before
    /// (a space does; a stop or a comma does not). What they change is `state`, passed to them.
    @inline(__always)
    private static func readWords<State>(_ bytes: [UInt8], into state: inout State, word: (inout State, Word) -> Void,
                                         between: (inout State, Unicode.Scalar, Int, Int) -> Bool) {
        var joined = false
        var index = 0
        while index < bytes.count {
            let (scalar, width) = decode(bytes, at: index)
            if isLetter(scalar) {
                let found = Self.word(at: index, width: width, in: bytes, joined: joined)
                word(&state, found)
                joined = true
                index = found.end
                continue
            }
            if !between(&state, scalar, index, width) { joined = false }
            index += width
        }
    }

    /// The word that starts with the letter at `index` (`width` bytes): it runs over letters, and over a
    /// hyphen with a letter after it.
    @inline(__always)
    private static func word(at index: Int, width: Int, in bytes: [UInt8], joined: Bool) -> Word {
        var end = index + width
        var largestByte = bytes[index]
        while end < bytes.count {
            let (next, nextWidth) = decode(bytes, at: end)
            if isLetter(next) {
                largestByte = max(largestByte, bytes[end])
            } else if !(next == "-" && end + 1 < bytes.count && isLetter(decode(bytes, at: end + 1).scalar)) {
                break
            }
            end += nextWidth
        }
        return Word(start: index, end: end, joined: joined, largestByte: largestByte)
    }

    /// Every name of a person in a text, officials' as well as anyone's: a first name on the list
    /// (`firstNames`), capitalised, with its surnames or an initial right after it (`Karin Lundberg`,
    /// `Per-Olof Nilsson`, `Saga L.`), on one line or across a soft line break — not a place named after a
    /// person (`Astrid Lindgrens barnsjukhus`) — and a first name alone (`kontakta Anna på BUP`), whole
    /// (`Anna-Karin`, not `Maria-Gamla stan`) and no word as well (`Per termin`, `commonWords`). As UTF-8
    /// byte ranges of `bytes`, a String's (valid UTF-8). What `new --from` takes out of another area's
    /// agreement.
    public static func names(in bytes: [UInt8]) -> [Range<Int>] {
        var words: [Word] = []
        readWords(bytes, into: &words, word: { words, word in words.append(word) }) { _, scalar, _, _ in
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{00A0}" || scalar == "\u{202F}"
        }
        var found: [Range<Int>] = []
        var index = 0
        while index < words.count {
            guard isUppercase(decode(bytes, at: words[index].start).scalar), isFirstName(words[index], bytes) else {
                index += 1
                continue
            }
            let last = nameEnd(from: index, words, bytes, onOneLine: false)
            if last > index, !namesAPlace(from: index, to: last, words, bytes) {
                found.append(words[index].start..<words[last].end)
            } else if last == index, isWholeFirstName(words[index], bytes), !commonWords.contains(words[index].text(bytes).lowercased()),
                      !(index + 1 < words.count && words[index + 1].joined && placeNouns.contains(words[index + 1].text(bytes).lowercased())) {
                found.append(words[index].start..<words[index].end)
            }
            index = last + 1
        }
        return found
    }

    /// The character that starts at `index` of valid UTF-8, and how many bytes it has.
    @inline(__always)
    private static func decode(_ bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        // The lead byte's bits below its length marker, then six bits from each continuation byte.
        var value = UInt32(lead) & (0x7F >> UInt32(width))
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// The names among a sentence's words: a first name and the capitalised words right after it — unless
    /// a role stands right before it or, after a comma or a parenthesis, right after it (`rektor Johan
    /// Berg`, `Maria Holm, BUS-samordnare`): an official's name. In a sentence about a case (`inCase`) a
    /// first name and a surname are a child's, and a first name alone right after `flickan`, `pojken`,
    /// `barnet` or `eleven`; in any sentence, a name with an age, a class, a parent or a sibling, or a
    /// date of birth beside it (`NamedChild`), a first name in the genitive too (`Leos mamma`).
    private static func names(in words: [Word], _ bytes: [UInt8], _ lowered: [UInt8], sentence: Range<Int>, inCase: Bool,
                              birthDates: [BirthDate.Match]) -> [Match] {
        var found: [Match] = []
        var tokens: NamedChild.Sentence?
        var index = 0
        while index < words.count {
            // A first name starts with a capital: outside a case the others are passed over on their first byte
            // (A–Z, or the lead byte of À–Þ).
            let lead = bytes[words[index].start]
            let capital = (0x41...0x5A).contains(lead) || lead == 0xC3
            let isFirst = (inCase || capital) && isFirstName(words[index], bytes)
            let genitive = capital && !isFirst && (isGenitiveFirstName(at: index, words, bytes) || isGenitiveNameBeforeRelative(at: index, words, bytes))
            // A name not on the list: a capitalised word where a name stands (`pojken Dawit`, `Kerem, 12 år`).
            let unknown = capital && !isFirst && !genitive && isUnknownName(at: index, words, bytes, lowered, inCase: inCase)
            guard isFirst || genitive || unknown || isLowerCaseNamePair(at: index, words, bytes, lowered) else {
                index += 1
                continue
            }
            if !isFirst, !genitive, !unknown {
                // `elias andersson, 9 år`: a pair of words in lower case with an age or a class right after it.
                let sentenceTokens = tokens ?? NamedChild.Sentence(words: words.map { ($0.start, $0.end) }, range: sentence, bytes)
                tokens = sentenceTokens
                let details = NamedChild.detailsRightAfter(nameEndingAt: words[index + 1].end, in: sentenceTokens, birthDates: birthDates)
                if !details.isEmpty {
                    found.append(Match(offset: words[index].start, length: words[index + 1].end - words[index].start, details: details))
                    index += 2
                } else {
                    index += 1
                }
                continue
            }
            let last = nameEnd(from: index, words, bytes, onOneLine: unknown)
            if last > index, namesAPlace(from: index, to: last, words, bytes) {
                index = last + 1
                continue
            }
            let official = (index > 0 && words[index].joined && isRole(words[index - 1].text(bytes)))
                || (last + 1 < words.count && isRole(words[last + 1].text(bytes)) && Self.isAside(bytes[words[last].end..<words[last + 1].start]))
            // `Vårdnadshavare kan vända sig till Elin Ek`: whom people contact is an official, however the
            // sentence speaks of guardians — unless an age or a class says otherwise (below).
            let contact = isContactPerson(at: index, words, bytes)
            let wholeFirstName = isWholeFirstName(words[index], bytes)
            let afterChildWord = standsAfterChildWord(at: index, words, bytes, lowered)
            let childByFirstName = last == index && wholeFirstName && afterChildWord
            var details: Set<NamedChild.Detail> = []
            if !official, last > index || genitive || wholeFirstName || unknown {
                let sentenceTokens = tokens ?? NamedChild.Sentence(words: words.map { ($0.start, $0.end) }, range: sentence, bytes)
                tokens = sentenceTokens
                if unknown && !afterChildWord {
                    // Not on the list and after no child word: a name only with an age, a class or a date of birth right after it.
                    // `isUnknownName` took an age right after it without a comma only where a name stands.
                    details = NamedChild.detailsRightAfter(nameEndingAt: words[last].end, in: sentenceTokens, birthDates: birthDates, asideOnly: false)
                } else {
                    details = NamedChild.details(ofNameFrom: words[index].start, to: words[last].end, fullName: last > index,
                                                 in: sentenceTokens, birthDates: birthDates)
                }
            }
            if !official, (inCase && !contact && (last > index || childByFirstName) && !unknown) || (unknown && afterChildWord) || !details.isEmpty {
                found.append(Match(offset: words[index].start, length: words[last].end - words[index].start, details: details))
            }
            index = last + 1
        }
        return found
    }

    /// The words a child is named after: `flickan Sara`, `eleven Omar`.
    static let childNouns: Set<String> = ["flickan", "pojken", "barnet", "eleven"]

    /// The words a name stands right after, besides `childNouns`: a family (`familjen Warsame`), a son or a
    /// daughter, one parent or sibling (`hennes bror Kerem`, `mamma Fatima`), a child in the indefinite
    /// form (`en flicka, Sara`), a case (`ärendet Aysel Demir`) and named siblings (`syskonen Aysel och
    /// Deniz`) — not a group (`föräldrar`, `vårdnadshavare`).
    static let nameWords: Set<String> = childNouns.union([
        "flicka", "pojke", "ärendet", "syskonen", "familjen", "sonen", "dottern", "mamma", "mamman", "pappa", "pappan", "syster", "systern", "bror", "brodern", "broder",
        "storebror", "lillebror", "storasyster", "lillasyster", "halvsyster", "halvbror", "styvmamma", "styvpappa",
        "bonusmamma", "bonuspappa",
    ])

    /// Who a name follows `heter` or `kallas` after: `barnet heter Sara`, `hon kallas Mimmi`.
    static let namedSubjects: Set<String> = childNouns.union(["han", "hon", "hen", "pojke", "flicka", "elev"])

    /// Whether the word at `index` stands where a child's name does: on the same line right after a
    /// child word (`nameWords`), or after one and `heter` or `kallas` (`barnet heter Sara`).
    private static func standsAfterChildWord(at index: Int, _ words: [Word], _ bytes: [UInt8], _ lowered: [UInt8]) -> Bool {
        guard index > 0 else { return false }
        let gap = bytes[words[index - 1].end..<words[index].start]
        guard !gap.contains(0x0A) else { return false }
        // `en nioårig flicka, Sara, som …`, `Ärendet – Aysel Demir – har väntat`: the name as an aside.
        guard words[index].joined || isAside(gap) else { return false }
        if isWord(words[index - 1], in: nameWordBytes, nameWords, bytes, lowered) { return true }
        guard words[index].joined, index > 1, words[index - 1].joined else { return false }
        // `syskonen Aysel och Deniz`: a second name joined to one after a child word.
        if ["och", "eller"].contains(words[index - 1].text(bytes)), isUppercase(decode(bytes, at: words[index - 2].start).scalar),
           !isNoName(words[index - 2].text(bytes).lowercased()), standsAfterChildWord(at: index - 2, words, bytes, lowered) {
            return true
        }
        guard isWord(words[index - 1], in: namingVerbBytes, namingVerbs, bytes, lowered) else { return false }
        return isWord(words[index - 2], in: namedSubjectBytes, namedSubjects, bytes, lowered)
    }

    /// `heter`, `kallas`: what a name follows after a child word (`barnet heter Sara`).
    static let namingVerbs: Set<String> = ["heter", "kallas"]
    static let nameWordBytes = ByteWordSet(nameWords)
    static let namingVerbBytes = ByteWordSet(namingVerbs)
    static let namedSubjectBytes = ByteWordSet(namedSubjects)

    /// Whether a word, in lower case, is one of `words`: a word of Latin-1 letters only (its bytes all
    /// below C4) looked up on its bytes in `lowered`, any other as a String.
    private static func isWord(_ word: Word, in set: ByteWordSet, _ words: Set<String>, _ bytes: [UInt8], _ lowered: [UInt8]) -> Bool {
        word.largestByte < 0xC4 ? set.contains(lowered[word.start..<word.end]) : words.contains(word.text(bytes).lowercased())
    }

    /// Capitalised words that are no name where a name may stand (`Barnet Och familjen`, `Förskoleklass, 6
    /// år`, `eleven Socialtjänsten`), in lower case: small words, the words for children and their groups,
    /// relatives and roles, school forms, and the endings of organisations' names.
    static func isNoName(_ word: String) -> Bool {
        if notNames.contains(word) || caseWords.contains(word) || NamedChild.relations.contains(word) || NamedChild.smallWords.contains(word)
            || NamedChild.namedClasses.contains(word) || NamedChild.classWords.contains(word) || isRole(word) {
            return true
        }
        return hasSuffix(word, oneOf: notNameEndings)
    }

    /// Whether a word ends with one of `endings` (UTF-8, in Normalization Form C), as `hasSuffix` says: a
    /// word of characters below U+0300 is compared on its bytes (each of them is a character of its own, and
    /// in that form), any other as Strings.
    private static func hasSuffix(_ word: String, oneOf endings: [[UInt8]]) -> Bool {
        var word = word
        let plain = word.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0xCC }) else { return nil }
            return endings.contains { $0.count <= bytes.count && bytes.suffix($0.count).elementsEqual($0) }
        }
        return plain ?? endings.contains { word.hasSuffix(String(decoding: $0, as: UTF8.self)) }
    }

    static let notNames: Set<String> = [
        "och", "eller", "men", "samt", "för", "med", "av", "till", "från", "om", "vid", "mot", "efter", "under", "över", "inom",
        "utan", "enligt", "inför", "hos", "mellan", "genom", "upp", "ut", "in", "alla", "varje", "båda", "både", "de", "den", "det",
        "detta", "denna", "dessa", "här", "där", "när", "hur", "vad", "vem", "vilka", "vilken", "vilket", "han", "hon", "hen", "vi",
        "ni", "man", "sin", "sitt", "sina", "hans", "hennes", "deras", "dess", "vår", "vårt", "våra", "er", "ert", "era", "kan",
        "ska", "får", "bör", "måste", "har", "hade", "inte", "aldrig", "alltid", "sedan", "sen", "redan", "heter", "kallas",
        "barn", "barnen", "elev", "elever", "eleverna", "unga", "ungdom", "ungdomar", "ungdomarna", "familj", "familjen",
        "familjer", "familjerna", "pojkar", "flickor", "tonåringar", "spädbarn", "småbarn", "skolbarn", "syskon", "syskonen",
        "förskola", "förskolan", "grundskola", "grundskolan", "gymnasium", "gymnasiet", "gymnasieskola", "gymnasieskolan",
        "grundsärskola", "grundsärskolan", "anpassad", "fritidshem", "fritids", "fritidshemmet", "skola", "skolan",
        "region", "regionen", "kommun", "kommunen", "stad", "staden", "län", "länet", "bilaga", "bilagan", "ålder", "åldern",
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
        "december", "totalt", "cirka", "ca", "ungefär", "mer", "mindre", "minst", "högst", "yngre", "äldre", "först", "sist",
        "nu", "då", "också", "även", "själv", "själva", "tillsammans", "ensam", "ensamt", "gärna", "dessutom",
    ]

    /// The endings of organisations, units and groups (`Socialtjänsten`, `Elevhälsan`, `Habiliteringen`).
    static let notNameEndings: [[UInt8]] = [
        "tjänst", "tjänsten", "hälsa", "hälsan", "vård", "vården", "skola", "skolan", "klass", "klassen", "enhet", "enheten",
        "mottagning", "mottagningen", "ering", "eringen", "förvaltning", "förvaltningen", "nämnd", "nämnden",
        "verksamhet", "verksamheten", "grupp", "gruppen", "team", "teamet", "centrum", "central", "centralen", "barn", "barnen",
        "elever", "eleverna", "ungdom", "ungdomar", "ungdomarna", "hem", "hemmet", "boende", "boendet", "kommun", "kommunen", "region",
        "regionen", "stöd", "stödet", "insats", "insatser", "insatsen", "avdelning", "avdelningen", "kontor", "kontoret",
        "huset", "tion", "tionen", "itet", "iteten", "het", "heten", "delse", "delsen", "ande", "andet", "ende", "endet",
        "ing", "ingen", "tid", "tiden", "period", "perioden", "avtal", "avtalet", "skap", "skapet", "plan", "planen",
        "arbete", "arbetet", "projekt", "projektet", "året", "åren", "forum", "forumet", "konferens", "konferensen",
        "möte", "mötet", "möten", "mötena", "rutin", "rutinen", "rutiner", "samverkan",
    ].map { Array($0.utf8) }

    /// A capitalised word not on the list (`Dawit`, `Aleksandra Nowak`, `Saga L.`) where a name stands:
    /// right after a child word, or with a comma or a parenthesis right after it (and its surname or
    /// initial), where an age or a class may follow (`NamedChild.detailsRightAfter` tells) — and no word
    /// that is no name (`isNoName`).
    private static func isUnknownName(at index: Int, _ words: [Word], _ bytes: [UInt8], _ lowered: [UInt8], inCase: Bool) -> Bool {
        let word = words[index]
        guard isSurname(Word(start: word.start, end: word.end, joined: true, largestByte: word.largestByte), bytes) else { return false }
        if !standsAfterChildWord(at: index, words, bytes, lowered) {
            let last = nameEnd(from: index, words, bytes, onOneLine: true)
            var after = words[last].end
            if after < bytes.count, bytes[after] == UInt8(ascii: "."), last > index { after += 1 }
            while after < bytes.count, bytes[after] == 0x20 { after += 1 }
            // `Kerem, 12 år`, `Saga L. (6 år)`. Without the comma (`är Dawit 7 år som behövde`) a single word
            // within its sentence, after no colon, in a sentence about a case or with "som" or "gammal" after
            // the age: `Målgrupp: Förskolebarn 5 år`, `Vi har haft Trappan 2 år` are no names.
            let aside = after < bytes.count && (bytes[after] == UInt8(ascii: ",") || bytes[after] == UInt8(ascii: "("))
            let inSentence = last == index && index > 0 && !bytes[words[index - 1].end..<word.start].contains { [UInt8(ascii: ":"), UInt8(ascii: "."), 0x0A].contains($0) }
            guard aside || (inSentence && ageRightAfter(bytes[after...]).map { inCase || $0 } == true) else { return false }
            // A place (`i Husby (åk 4)`, `från Skarpnäck och Akalla (åk 7)`) or the rest of a capitalised name
            // (`Region Stockholm, 2 år`): no child's.
            if index > 0, word.joined, !bytes[words[index - 1].end..<word.start].contains(0x0A) {
                let before = words[index - 1].text(bytes)
                if placePrepositions.contains(before.lowercased()) || before.unicodeScalars.first.map(isUppercase) == true
                    || isLastOfPlaces(at: index, words, bytes) { return false }
            }
        }
        return !isNoName(word.text(bytes).lowercased())
    }

    /// Whether the bytes start with an age in years — one or two digits, a space and `år` as a word — and
    /// if so, whether "som" or "gammal" follows it (`7 år som behövde`, `7 år gammal`); nil when no age.
    private static func ageRightAfter(_ bytes: ArraySlice<UInt8>) -> Bool? {
        var index = bytes.startIndex
        while index < bytes.endIndex, (0x30...0x39).contains(bytes[index]), index - bytes.startIndex < 2 { index += 1 }
        let year = Array(" år".utf8)
        guard index > bytes.startIndex, bytes[index...].starts(with: year) else { return nil }
        // A letter: ASCII, or any byte of a character beyond it.
        func wordEnd(from start: Int) -> Int {
            var end = start
            while end < bytes.endIndex, bytes[end] >= 0x80 || (0x41...0x5A).contains(bytes[end]) || (0x61...0x7A).contains(bytes[end]) { end += 1 }
            return end
        }
        let end = index + year.count
        guard wordEnd(from: end) == end else { return nil }
        guard end < bytes.endIndex, bytes[end] == 0x20 else { return false }
        let next = bytes[(end + 1)..<wordEnd(from: end + 1)]
        return ["som", "gammal", "gamla", "gammalt"].contains { next.elementsEqual($0.utf8) }
    }

    /// Whether the word at `index` ends a list of places after a place preposition: `från Skarpnäck och
    /// Akalla`, `i Rinkeby, Tensta eller Husby`. Back over `och`, `eller`, `samt`, commas and capitalised
    /// words to the preposition.
    private static func isLastOfPlaces(at index: Int, _ words: [Word], _ bytes: [UInt8]) -> Bool {
        guard index >= 2, ["och", "eller", "samt"].contains(words[index - 1].text(bytes)) else { return false }
        var at = index - 2
        while at >= 0 {
            let text = words[at].text(bytes)
            if placePrepositions.contains(text) { return at < index - 2 }
            guard text.unicodeScalars.first.map(isUppercase) == true else { return false }
            // The list runs over commas and spaces only.
            guard at > 0, bytes[words[at - 1].end..<words[at].start].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: ",") }) else { return false }
            at -= 1
        }
        return false
    }

    /// Words a place stands after: `i Husby`, `på Järva`.
    static let placePrepositions: Set<String> = ["i", "på", "från", "till", "vid", "inom", "mot", "över", "genom", "utanför"]

    /// First names that are also words written in lower case (`per termin`, `jan-2024`, `max antal`,
    /// `en saga`): in lower case, no name.
    static let commonWords: Set<String> = ["per", "jan", "max", "love", "lo", "rut", "tim", "sam", "bill", "frank", "nova", "iris", "vera", "saga", "vide", "dag", "mark", "alf"]

    /// Whether a word in lower case is a first name of the list written so (`elias`, `sara`), and no word
    /// as well (`per`, `saga`).
    static func isFirstNameInLowerCase(_ word: String) -> Bool {
        guard !commonWords.contains(word), let first = word.first else { return false }
        return firstNames.contains(first.uppercased() + word.dropFirst())
    }

    /// `elias andersson` with an age or a class right after it: two words in lower case at the start of a
    /// sentence or a line, right after a child word, or anywhere when the first is a first name of the
    /// list (`Ärendet gällde elias andersson, 9 år`); neither a small word nor a word for children, with a
    /// comma or a parenthesis right after the second (not `Avtalet förlängs automatiskt (1 år)`).
    private static func isLowerCaseNamePair(at index: Int, _ words: [Word], _ bytes: [UInt8], _ lowered: [UInt8]) -> Bool {
        guard index + 1 < words.count, words[index + 1].joined else { return false }
        // The comma or parenthesis first: nearly every pair of words is passed over on it.
        var after = words[index + 1].end
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        guard after < bytes.count, bytes[after] == UInt8(ascii: ",") || bytes[after] == UInt8(ascii: "(") else { return false }
        for word in [words[index], words[index + 1]] {
            let first = bytes[word.start]
            guard (0x61...0x7A).contains(first) || first == 0xC3, word.end - word.start > 1 else { return false }
        }
        let pair = [words[index].text(bytes), words[index + 1].text(bytes)]
        guard index == 0 || bytes[words[index - 1].end..<words[index].start].contains(0x0A) || standsAfterChildWord(at: index, words, bytes, lowered)
                || isFirstNameInLowerCase(pair[0]) else { return false }
        return pair.allSatisfy { $0 == $0.lowercased() && !isNoName($0) && !$0.contains("-") }
    }

    /// The last word of the name that starts at `index`: its surnames, or an initial (`Saga L.`, `Liam
    /// B`). A name not on the list (`onOneLine`) is only on its own line: a heading's last word is no
    /// first name of the line after it.
    private static func nameEnd(from index: Int, _ words: [Word], _ bytes: [UInt8], onOneLine: Bool) -> Int {
        func next(_ last: Int) -> Word? {
            guard last + 1 < words.count, !onOneLine || !bytes[words[last].end..<words[last + 1].start].contains(0x0A) else { return nil }
            return words[last + 1]
        }
        var last = index
        // `Maria Ungdom`: a unit named with a word that is no surname.
        while let word = next(last), isSurname(word, bytes), !notNames.contains(word.text(bytes).lowercased()) { last += 1 }
        if last == index, let word = next(last), isInitial(word, bytes) { last += 1 }
        return last
    }

    /// `L` in `Saga L.`, `B` in `Liam B, åk 3`: one capital letter right after a first name.
    private static func isInitial(_ word: Word, _ bytes: [UInt8]) -> Bool {
        guard word.joined else { return false }
        let (first, width) = decode(bytes, at: word.start)
        return word.start + width == word.end && isUppercase(first)
    }

    /// What officials are called, in lower case: a word that ends in one of these (in any form:
    /// `rektorn`, `samordnaren`, `BUS-samordnare`, `enhetschef`, `socialsekreterare`) names a role.
    static let roles = [
        "rektor", "kurator", "chef", "samordnare", "handläggare", "sekreterare", "psykolog", "sköterska", "pedagog",
        "läkare", "ordförande", "kontaktperson", "koordinator", "strateg", "direktör", "utredare", "jurist",
        "terapeut", "ledare", "kommunikatör", "representant", "ombud", "assistent", "ansvarig", "lärare", "mentor",
    ]

    /// A role, in any of its forms.
    static func isRole(_ word: String) -> Bool {
        hasSuffix(word.lowercased(), oneOf: roleForms)
    }

    /// Each role with each of its endings ("kurator", "kuratorn", "kuratorns", …), put together once.
    private static let roleForms = roles.flatMap { role in ["", "n", "en", "na", "ns", "ens"].map { Array((role + $0).utf8) } }

    /// Whether the name at `index` is whom someone turns to: right after `kontakta`, `ringa`, `mejla`
    /// (in any tense) or `vända sig till`, on the same line.
    private static func isContactPerson(at index: Int, _ words: [Word], _ bytes: [UInt8]) -> Bool {
        guard index > 0, words[index].joined else { return false }
        let before = words[index - 1].text(bytes).lowercased()
        if contactVerbs.contains(before) { return true }
        guard before == "till", index > 2, words[index - 1].joined, words[index - 2].text(bytes).lowercased() == "sig" else { return false }
        return turnVerbs.contains(words[index - 3].text(bytes).lowercased())
    }

    /// `vända sig till`, in any tense: whom people turn to.
    static let turnVerbs: Set<String> = ["vända", "vänder", "vänd", "vände", "vänt"]

    /// The verbs whose object is a person to contact: `kontakta Elin Ek`, `ring Elin Ek`.
    static let contactVerbs: Set<String> = [
        "kontakta", "kontaktar", "kontaktas", "ring", "ringa", "ringer", "mejla", "mejlar", "maila", "mailar",
    ]

    /// What stands between a name and a role after it, when the role says who the person is, or between
    /// a child word and a name: a comma, a parenthesis, a dash or a colon (`Maria Holm, BUS-samordnare`,
    /// `Maria Holm (rektor)`, `Maria Holm – kurator`, `en flicka, Sara`, `Ärendet: Aysel Demir`).
    private static func isAside(_ between: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: between, as: UTF8.self).trimmingWhitespace()
        return [",", "(", "–", "-", "—", ":"].contains(text)
    }

    /// `Leos mamma`: a first name and an `s`, and right after it a parent or a sibling.
    private static func isGenitiveFirstName(at index: Int, _ words: [Word], _ bytes: [UInt8]) -> Bool {
        let word = words[index]
        guard word.end - word.start > 1, bytes[word.end - 1] == UInt8(ascii: "s"), index + 1 < words.count, words[index + 1].joined,
              NamedChild.isRelation(words[index + 1].text(bytes).lowercased()) else { return false }
        return isWholeFirstName(Word(start: word.start, end: word.end - 1, joined: word.joined, largestByte: word.largestByte), bytes)
    }

    /// `Aysels mamma`: a capitalised word not on the list, in the genitive, right before one relative —
    /// not a noun's genitive (`Skolans`, `Barnets`, `Kommunens`) nor a word that is no name.
    private static func isGenitiveNameBeforeRelative(at index: Int, _ words: [Word], _ bytes: [UInt8]) -> Bool {
        let word = words[index]
        guard word.end - word.start > 3, bytes[word.end - 1] == UInt8(ascii: "s"), index + 1 < words.count, words[index + 1].joined,
              singleRelatives.contains(words[index + 1].text(bytes).lowercased()),
              isSurname(Word(start: word.start, end: word.end, joined: true, largestByte: word.largestByte), bytes) else { return false }
        let text = word.text(bytes).lowercased()
        return !hasSuffix(text, oneOf: nounGenitiveEndings) && !isNoName(text) && !isNoName(String(text.dropLast()))
    }

    /// The relatives a genitive name stands before: one person's, or the parents.
    static let singleRelatives: Set<String> = [
        "mamma", "pappa", "mor", "bror", "syster", "storebror", "lillebror", "storasyster", "lillasyster", "mormor", "morfar",
        "farmor", "farfar", "styvmamma", "styvpappa", "bonusmamma", "bonuspappa", "halvsyster", "halvbror", "föräldrar", "vårdnadshavare",
    ]

    /// How the genitive of a noun in the definite form ends (`skolans`, `barnets`, `familjens`, `föräldrarnas`).
    static let nounGenitiveEndings: [[UInt8]] = ["ans", "ens", "ets", "nas", "ers"].map { Array($0.utf8) }

    /// A first name, every part of it (`Anna-Karin`, not `Anna-ärendet`).
    private static func isWholeFirstName(_ word: Word, _ bytes: [UInt8]) -> Bool {
        // Characters below U+0300 are each a character of their own (none of them is a combining mark),
        // so splitting the bytes at `-` splits the characters there.
        if word.largestByte < 0xCC { return bytes[word.start..<word.end].split(separator: 0x2D).allSatisfy { firstNameBytes.contains($0) } }
        return word.text(bytes).split(separator: "-").allSatisfy { firstNames.contains(String($0)) }
    }

    private static func isFirstName(_ word: Word, _ bytes: [UInt8]) -> Bool {
        let letters = bytes[word.start..<word.end]
        if word.largestByte < 0xCC {
            // Anna-Karin, Karl-Johan: the part before the first hyphen (looked for only in a word that has one).
            return firstNameBytes.contains(letters) || (letters.contains(0x2D) && firstNameBytes.contains(letters.prefix { $0 != 0x2D }))
        }
        let text = word.text(bytes)
        if firstNames.contains(text) { return true }
        // Anna-Karin, Karl-Johan.
        // A word without the byte of `-` holds no character canonically equal to it: Foundation's
        // `contains` is asked only of the others.
        return letters.contains(0x2D) && text.contains("-") && text.split(separator: "-").first.map { firstNames.contains(String($0)) } == true
    }

    /// A word right after the one before, with a capital and then a lower-case letter: `Andersson`, not `BUP`.
    private static func isSurname(_ word: Word, _ bytes: [UInt8]) -> Bool {
        guard word.joined else { return false }
        let (first, width) = decode(bytes, at: word.start)
        guard isUppercase(first), word.start + width < word.end else { return false }
        return isLowercase(decode(bytes, at: word.start + width).scalar)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Of ASCII, only A–Z and a–z are alphabetic; of U+00C0–U+00FF, all but × and ÷ (Å, Ä, Ö, é):
        // decided without the Unicode tables.
        case 0...0x7F: return (0x61...0x7A).contains(scalar.value | 0x20)
        case 0xC0...0xFF: return scalar.value != 0xD7 && scalar.value != 0xF7
        default: return scalar.properties.isAlphabetic
        }
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
    private static func lineBreakEndsSentence(_ bytes: [UInt8], after newline: Int) -> Bool {
        var index = newline + 1
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < bytes.count else { return true }
        let first = decode(bytes, at: index).scalar
        switch first {
        case "\n", "-", "*", "+", "#", "|", ">": return true
        default: break
        }
        var probe = index
        if isNumeric(first) {
            while probe < bytes.count, case let (scalar, width) = decode(bytes, at: probe), isNumeric(scalar) { probe += width }
            return probe < bytes.count && (bytes[probe] == UInt8(ascii: ".") || bytes[probe] == UInt8(ascii: ")"))
        }
        // `key:` at the start of a line, as in the front matter.
        while probe < bytes.count, case let (scalar, width) = decode(bytes, at: probe), isLowercase(scalar) || scalar == "_" || scalar == "-" { probe += width }
        return probe > index && probe < bytes.count && bytes[probe] == UInt8(ascii: ":")
    }

    /// Whether a character has a numeric type; of ASCII, only 0–9 have one: decided without the Unicode tables.
    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil
    }

    /// Whether a character is lower case; of ASCII, only a–z are: decided without the Unicode tables.
    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
    }

    /// Whether a character is upper case; of ASCII, only A–Z are: decided without the Unicode tables.
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    /// The text with each name's letters replaced by `*`, byte for byte: `**** *********`.
    public static func masked(_ bytes: [UInt8], _ names: [Match]) -> [UInt8] {
        var masked = bytes
        for name in names {
            for offset in name.offset..<name.offset + name.length where masked[offset] != 0x20 && masked[offset] != 0x0A {
                masked[offset] = UInt8(ascii: "*")
            }
        }
        return masked
    }
}
