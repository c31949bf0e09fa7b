/// Tells whether a name is a child's by what stands with it (BUS018): an age, a school class, a parent or
/// a sibling, a date of birth. Each of those with a name is personal data about a child, in any sentence,
/// with or without a word such as `ärendet` or `eleven` (`PersonalName.caseWords`):
///
/// - right next to a first name, or a first name and a surname, with at most a comma, a parenthesis, a
///   dash and a few small words between (`Sara, 8 år`, `Leo (7 år) går i förskoleklass`, `Mohammed (11)`, `Elias 10 år`,
///   `den 8-årige Elias`, `Maja Lind, elev i åk 5`, `Elias, som går i 4B`, `Vera, född 2016-05-02`);
/// - a parent or a sibling of the name (`mamma till Noah`, `vårdnadshavare till Noah Berg`, `Leos pappa`,
///   `brodern Leo`);
/// - with a first name and a surname, also anywhere in the sentence: a school class of its own (`klass
///   4B`, `åk 5`, `årskurs 3`, not `åk 7–9`), one parent or sibling (`mamman`, `hans syster`), a date of birth.
///
/// Ages and classes of groups are no child's (`barn och unga 0–18 år`, `barn från 6 år`, `elever i åk
/// 7–9`), nor are they near a name; an age or a class alone, without a name, is no personal data.
public enum NamedChild {
    /// What makes a name a child's. A message names the age, the class and the date of birth, which are
    /// taken out with the name; a parent or a sibling only says whose the name is.
    public enum Detail: Hashable, Sendable {
        case age, schoolClass, dateOfBirth, relation
    }

    /// A sentence's words — where each starts and ends, as `PersonalName` reads them — and the numbers and
    /// marks between them.
    struct Sentence {
        struct Token {
            enum Kind { case word, number, mark }
            var kind: Kind
            /// A word in lower case, a number's digits, a mark's character.
            var text: String
            var start: Int
            var end: Int
            /// Whether a space (or a line break) stands right before it.
            var spaced: Bool
        }

        var tokens: [Token] = []

        init(words: [(start: Int, end: Int)], range: Range<Int>, _ bytes: [UInt8]) {
            var previous = range.lowerBound
            for word in words {
                between(previous..<word.start, bytes)
                let spaced = word.start > previous && Self.isSpace(bytes[word.start - 1])
                tokens.append(Token(kind: .word, text: String(decoding: bytes[word.start..<word.end], as: UTF8.self).lowercased(),
                                    start: word.start, end: word.end, spaced: spaced))
                previous = word.end
            }
            between(previous..<max(previous, range.upperBound), bytes)
        }

        /// The numbers and marks between two words.
        private mutating func between(_ gap: Range<Int>, _ bytes: [UInt8]) {
            var offset = gap.lowerBound
            var spaced = false
            while offset < gap.upperBound {
                let byte = bytes[offset]
                if byte >= 0x30 && byte <= 0x39 {
                    var end = offset
                    while end < gap.upperBound, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
                    tokens.append(Token(kind: .number, text: String(decoding: bytes[offset..<end], as: UTF8.self), start: offset, end: end, spaced: spaced))
                    offset = end
                    spaced = false
                    continue
                }
                var end = offset + 1
                while end < gap.upperBound, bytes[end] & 0xC0 == 0x80 { end += 1 }
                let character = String(decoding: bytes[offset..<end], as: UTF8.self)
                if Self.isSpace(byte) || character == "\u{00A0}" || character == "\u{202F}" {
                    spaced = true
                } else {
                    tokens.append(Token(kind: .mark, text: character, start: offset, end: end, spaced: spaced))
                    spaced = false
                }
                offset = end
            }
        }

        private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }
    }

    /// What makes the name from `start` to `end` (a first name, and a surname if `fullName`) a child's in
    /// its sentence; empty when nothing does. `birthDates` are the sentence's.
    static func details(ofNameFrom start: Int, to end: Int, fullName: Bool, in sentence: Sentence, birthDates: [BirthDate.Match]) -> Set<Detail> {
        let tokens = sentence.tokens
        guard let first = tokens.firstIndex(where: { $0.kind == .word && $0.start == start }),
              let last = tokens[first...].firstIndex(where: { $0.kind == .word && $0.end == end }) else { return [] }
        var found: Set<Detail> = []

        // After the name: marks, small words and details, up to the first word that is none of them.
        var index = afterInitial(last, tokens)
        var smallWords = 0
        while index < tokens.count {
            let token = tokens[index]
            if let date = birthDates.first(where: { $0.triggerOffset == token.start }) {
                found.insert(.dateOfBirth)
                index = tokens[index...].firstIndex { $0.start >= date.offset + date.length } ?? tokens.count
            } else if let next = age(at: index, tokens) {
                found.insert(.age)
                index = next
            } else if bareAgeInParentheses(at: index, tokens) {
                found.insert(.age)
                index += 1
            } else if let next = schoolClass(at: index, tokens, ofAGroup: true) {
                found.insert(.schoolClass)
                index = next
            } else if token.kind == .mark, asideMarks.contains(token.text) {
                index += 1
            } else if token.kind == .word, index > last + 1, relations.contains(token.text) || ["mor", "far", "modern", "fadern"].contains(token.text),
                      index + 1 < tokens.count, tokens[index + 1].text == "till" {
                // `Fatima Ahmed, mor till en elev`: the name is a parent's.
                found.insert(.relation)
                break
            } else if token.kind == .word, smallWords < 6, Self.smallWords.contains(token.text) {
                smallWords += 1
                index += 1
            } else {
                break
            }
        }
        // `Leos mamma`, `Noah Bergs pappa`.
        if last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].spaced, relations.contains(tokens[last + 1].text) {
            found.insert(.relation)
        }

        // Before it: `8-årige Elias`, `åttaåriga Sara`, `brodern Leo`, `mamma till Noah`.
        if first > 0, tokens[first].spaced, tokens[first - 1].kind == .word {
            let before = tokens[first - 1].text
            if isAgeAdjective(before, at: first - 1, tokens) { found.insert(.age) }
            if relations.contains(before) { found.insert(.relation) }
            if ["till", "åt"].contains(before), first > 1, tokens[first - 2].kind == .word, relations.contains(tokens[first - 2].text) {
                found.insert(.relation)
            }
        }

        // A first name and a surname: the whole sentence.
        if fullName {
            for index in tokens.indices where index < first || index > last {
                if schoolClass(at: index, tokens, ofAGroup: false) != nil { found.insert(.schoolClass) }
                if tokens[index].kind == .word, oneRelative.contains(tokens[index].text)
                    || (relations.contains(tokens[index].text) && index > 0 && ["hans", "hennes"].contains(tokens[index - 1].text)) {
                    found.insert(.relation)
                }
            }
            if !birthDates.isEmpty { found.insert(.dateOfBirth) }
        }
        return found
    }

    /// What makes a name not on the list a child's (`PersonalName`): an age, a class or a date of birth
    /// right after the name that ends at `end`, with only a comma, a parenthesis or a dash between (`Kerem,
    /// 12 år`, `Dawit (7 år)`, `Liam B, åk 3`, `Saga L., 6 år`, `Hamza (140312)`); empty when none is.
    static func detailsRightAfter(nameEndingAt end: Int, in sentence: Sentence, birthDates: [BirthDate.Match], asideOnly: Bool = true) -> Set<Detail> {
        let tokens = sentence.tokens
        guard let last = tokens.firstIndex(where: { $0.kind == .word && $0.end == end }) else { return [] }
        var index = afterInitial(last, tokens)
        var marks = 0
        while index < tokens.count {
            if birthDates.contains(where: { $0.triggerOffset == tokens[index].start }) { return [.dateOfBirth] }
            guard tokens[index].kind == .mark, asideMarks.contains(tokens[index].text) else { break }
            marks += 1
            index += 1
        }
        guard marks > 0 || !asideOnly, index < tokens.count else { return [] }
        if age(at: index, tokens) != nil { return [.age] }
        if schoolClass(at: index, tokens, ofAGroup: false) != nil { return [.schoolClass] }
        return []
    }

    /// `Mohammed (11)`: a number of years alone in parentheses right after a first name on the list, as case
    /// notes give a child's age (not after any capitalised word: `Bilaga (2)`).
    private static func bareAgeInParentheses(at index: Int, _ tokens: [Sentence.Token]) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index - 1].text == "(", tokens[index].kind == .number,
              tokens[index].text.count <= 2, let years = Int(tokens[index].text), years <= 25 else { return false }
        return tokens[index + 1].kind == .mark && tokens[index + 1].text == ")"
    }

    /// Right after the name's last word at `last`, past the full stop of an initial (`Saga L.`).
    private static func afterInitial(_ last: Int, _ tokens: [Sentence.Token]) -> Int {
        let next = last + 1
        guard next < tokens.count, tokens[last].text.count == 1, tokens[next].kind == .mark, tokens[next].text == ".", !tokens[next].spaced else { return next }
        return next + 1
    }

    /// Whether a word, in lower case, names a parent or a sibling: what a genitive name before it is (`Leos`).
    static func isRelation(_ word: String) -> Bool {
        relations.contains(word)
    }

    /// Parents and siblings, in lower case.
    static let relations: Set<String> = [
        "mamma", "mamman", "pappa", "pappan", "förälder", "föräldern", "föräldrar", "föräldrarna", "vårdnadshavare",
        "vårdnadshavaren", "vårdnadshavarna", "syster", "systern", "systrar", "bror", "brodern", "broder", "bröder",
        "storebror", "lillebror", "storasyster", "lillasyster", "syskon", "syskonen", "syskonet", "mormor", "morfar",
        "farmor", "farfar", "styvmamma", "styvpappa", "bonusmamma", "bonuspappa", "halvsyster", "halvbror",
    ]

    /// Of those, the ones that are one person's (`mamman`, not `föräldrar`): in a sentence with a first name
    /// and a surname, that person's relative.
    static let oneRelative: Set<String> = [
        "mamman", "pappan", "föräldern", "systern", "brodern", "storebror", "lillebror", "storasyster", "lillasyster",
        "syskonet", "mormor", "morfar", "farmor", "farfar", "styvmamma", "styvpappa", "bonusmamma", "bonuspappa",
        "halvsyster", "halvbror",
    ]

    /// What may stand between a name and its age or class: `Sara, som nu är 8 år`, `Maja Lind, elev i åk 5`.
    static let smallWords: Set<String> = [
        "som", "är", "var", "blir", "blev", "fyller", "fyllde", "nu", "numera", "just", "då", "går", "gick", "i", "på",
        "elev", "eleven", "en", "ett", "och", "börjar", "började", "ska", "skulle", "börja", "gå", "gammal", "gamla",
        "gammalt", "snart", "nyss", "cirka", "ca", "drygt", "nästan", "knappt", "bara", "dag", "också", "även",
    ]

    /// The marks of an aside: `Sara, 8 år,`, `Leo (7 år)`, `Elias – 10 år`.
    static let asideMarks: Set<String> = [",", "(", ")", "–", "—", "-", ":"]

    /// `år`, `månader`: an age after a number.
    static let ageUnits: Set<String> = ["år", "månad", "månader", "mån"]

    /// `8-årig`, `8-åringen`: an age written as one word after a number and a hyphen, or after a number word.
    static let ageSuffixes = ["åringarna", "åringar", "åringen", "åring", "årige", "åriga", "årigt", "årig"]

    /// An age that starts at `index`: `8 år`, `8-årige`, `åtta år`, `åttaårige`, `18 månader`; where it ends.
    static func age(at index: Int, _ tokens: [Sentence.Token]) -> Int? {
        let token = tokens[index]
        // `som i tre år väntade`, `sedan två år`: how long, not how old.
        if index > 0, tokens[index - 1].kind == .word, durationWords.contains(tokens[index - 1].text) { return nil }
        switch token.kind {
        case .number:
            guard token.text.count <= 2, let years = Int(token.text), years <= 25, index + 1 < tokens.count else { return nil }
            var next = index + 1
            let hyphen = tokens[next].kind == .mark && tokens[next].text == "-" && !tokens[next].spaced
            if hyphen { next += 1 }
            guard next < tokens.count, tokens[next].kind == .word else { return nil }
            let word = tokens[next].text
            let isAge = hyphen ? ageSuffixes.contains(word) : ageUnits.contains(word) || ageSuffixes.contains(word)
            return isAge && !isTimeInService(after: next, tokens) ? next + 1 : nil
        case .word:
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, ageUnits.contains(tokens[index + 1].text), isNumberWord(token.text) {
                return index + 2
            }
            return isCompoundAge(token.text) ? index + 1 : nil
        case .mark:
            return nil
        }
    }

    /// The words before a number of years that make it a time, not an age.
    static let durationWords: Set<String> = ["i", "på", "sedan", "efter", "inom", "för"]

    /// `Karin Ek, 12 år som enhetschef`, `35 år i yrket`: years in a post, not an age — after the unit at
    /// `unit`, `som` and a role, or `i` and the work.
    private static func isTimeInService(after unit: Int, _ tokens: [Sentence.Token]) -> Bool {
        guard unit + 2 < tokens.count, tokens[unit + 1].kind == .word, tokens[unit + 2].kind == .word else { return false }
        let (first, second) = (tokens[unit + 1].text, tokens[unit + 2].text)
        return first == "som" && PersonalName.isRole(second) || first == "i" && workWords.contains(second)
    }

    /// What one has worked in for years: `i yrket`, `i tjänsten`.
    static let workWords: Set<String> = ["yrket", "tjänst", "tjänsten", "branschen", "rollen", "verksamheten", "kommunen", "regionen", "socialtjänsten"]

    /// `8-årige` or `åttaårige` right before a name.
    private static func isAgeAdjective(_ word: String, at index: Int, _ tokens: [Sentence.Token]) -> Bool {
        if isCompoundAge(word) { return true }
        guard ageSuffixes.contains(word), index >= 2 else { return false }
        return tokens[index - 1].kind == .mark && tokens[index - 1].text == "-" && tokens[index - 2].kind == .number && tokens[index - 2].text.count <= 2
    }

    /// `åttaårige`, `tolvåring`: a number word and an age suffix in one.
    private static func isCompoundAge(_ word: String) -> Bool {
        guard let suffix = ageSuffixes.first(where: { word.hasSuffix($0) }) else { return false }
        return isNumberWord(String(word.dropLast(suffix.count)))
    }

    /// A number word from one to nineteen (`ett`, `åtta`, `fjorton`), not `en`.
    private static func isNumberWord(_ word: String) -> Bool {
        guard word != "en", word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }), let number = SwedishNumbers.cardinal(word) else { return false }
        return (1...19).contains(number)
    }

    /// `klass`, `åk`, `årskurs` and the like, in lower case, before a class's number.
    static let classWords: Set<String> = ["klass", "åk", "årskurs"]

    /// Classes without a number: of one child only beside a name (`Leo går i förskoleklass`, `Elias går i fyran`).
    static let namedClasses: Set<String> = [
        "förskoleklass", "förskoleklassen", "f-klass", "f-klassen", "ettan", "tvåan", "trean", "fyran", "femman",
        "sexan", "sjuan", "åttan", "nian",
    ]

    /// A school class that starts at `index`, where it ends: `klass 4B`, `åk 5`, `årskurs 3`, `i 4B` — not
    /// a span of them (`åk 7–9`, `årskurs 4 till 6`) — and, `ofAGroup` too, the classes a group of
    /// children may be in as well (`förskoleklass`).
    static func schoolClass(at index: Int, _ tokens: [Sentence.Token], ofAGroup: Bool) -> Int? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        if ofAGroup, namedClasses.contains(token.text) { return index + 1 }
        guard classWords.contains(token.text) || token.text == "i", index + 1 < tokens.count,
              tokens[index + 1].kind == .number, tokens[index + 1].text.count <= 2 else { return nil }
        var end = index + 2
        // `4B`: the class's letter right after its number.
        let letter = end < tokens.count && tokens[end].kind == .word && !tokens[end].spaced && tokens[end].text.count == 1
        if letter { end += 1 } else if token.text == "i" { return nil }
        // `åk 7–9`, `åk 7-9`, `åk 4 till 6`, `åk 4 och 5`: the classes of a group.
        if end < tokens.count {
            let next = tokens[end]
            if next.kind == .mark, ["-", "–", "—", "/"].contains(next.text), end + 1 < tokens.count, tokens[end + 1].kind == .number { return nil }
            if next.kind == .word, ["till", "och", "eller"].contains(next.text), end + 1 < tokens.count, tokens[end + 1].kind == .number { return nil }
        }
        return end
    }
}
