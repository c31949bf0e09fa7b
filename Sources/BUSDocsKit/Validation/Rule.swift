/// One requirement of the regional BUS agreement, made checkable.
///
/// A rule lives in one file under `Rules/`: its id, severity, the sentence it enforces, its messages
/// and its check. `check` has no default, so a rule whose check is misspelt does not compile. Rules
/// reported while reading a file (BUS000, BUS019, BUS020) or a register (BUS030–BUS034) say so in a
/// `check` of their own that returns nothing.
public protocol Rule: Sendable {
    /// Stable id printed in every finding, e.g. `BUS001`.
    var id: String { get }
    /// The usual severity; a rule may report some findings at another.
    var severity: Severity { get }
    /// A short name for listings.
    var title: LocalizedText { get }
    /// The sentence of the regional agreement (or of the format) this rule enforces.
    var sentence: LocalizedText { get }
    /// How to fix a finding of this rule, in general; a finding's own hint says it for that finding.
    var remedy: LocalizedText { get }
    /// Every finding in one agreement.
    func check(_ context: RuleContext) -> [Diagnostic]
}

extension Rule {
    /// A finding of this rule at its usual severity; `missing` names the key a finding of absence means.
    /// With a `fix` and no hint, the hint is the fix's "did you mean".
    func finding(
        _ message: LocalizedText, at location: SourceLocation, hint: LocalizedText? = nil,
        severity: Severity? = nil, missing: KeyReference? = nil, fix: Fix? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(
            severity: severity ?? self.severity, ruleID: id, message: message,
            location: location, hint: hint ?? fix?.hint, missingKey: missing, fix: fix, notes: notes)
    }
}

/// What a rule may look at: the parsed agreement, its source text, the rule set and today's date.
public struct RuleContext: Sendable {
    public var agreement: Agreement
    public var source: SourceFile
    public var ruleSet: RuleSet
    public var today: LocalDate
    /// Names of the templates a user's folder (`--templates`) adds, which `protokoll` and `blankett` may name.
    public var userTemplates: [String]
    /// The body's sentences, read once for every rule that reads the signed text.
    public let sentences: [Sentence]

    public init(agreement: Agreement, source: SourceFile, ruleSet: RuleSet, today: LocalDate, userTemplates: [String] = []) {
        self.agreement = agreement
        self.source = source
        self.ruleSet = ruleSet
        self.today = today
        self.userTemplates = userTemplates
        let sentences = Sentences.of(agreement.body)
        // Each distinct word gets a number the first time it is met; its sentences are then laid out in one
        // flat list, word by word (a word's run ascending), rather than in an array of its own.
        // Room for every word up front: a table grown step by step hashes each word again at each step.
        var wordNumbers = WordNumbers(capacity: sentences.reduce(0) { $0 + $1.words.count })
        var lastSentence: [Int] = []
        var occurrences: [(word: Int, sentence: Int)] = []
        for (index, sentence) in sentences.enumerated() {
            for word in sentence.words {
                let number = wordNumbers.number(of: word)
                if number == lastSentence.count { lastSentence.append(-1) }
                if lastSentence[number] != index {
                    lastSentence[number] = index
                    occurrences.append((number, index))
                }
            }
        }
        var runStarts = [Int](repeating: 0, count: lastSentence.count + 1)
        for occurrence in occurrences { runStarts[occurrence.word + 1] += 1 }
        for number in lastSentence.indices { runStarts[number + 1] += runStarts[number] }
        var filled = runStarts
        var sentencesOfWords = [Int](repeating: 0, count: occurrences.count)
        for occurrence in occurrences {
            sentencesOfWords[filled[occurrence.word]] = occurrence.sentence
            filled[occurrence.word] += 1
        }
        self.sentences = sentences
        self.wordNumbers = wordNumbers
        self.runStarts = runStarts
        self.sentencesOfWords = sentencesOfWords
        self.bodyWords = wordNumbers.words.sorted()
        var joined: [UInt8] = [0x0A]
        joined.reserveCapacity(wordNumbers.words.reduce(1) { $0 + $1.utf8.count + 1 })
        for word in wordNumbers.words {
            joined += word.utf8
            joined.append(0x0A)
        }
        self.bodyWordBytes = joined
    }

    /// The body's distinct folded words, sorted: a phrase one of whose stems starts none of them is in
    /// no sentence, so it need not be tried on each.
    public let bodyWords: [String]
    /// The same words as one run of bytes, each after a line break and the last before one: a stem that
    /// also matches inside compounds is looked for in it once, not word by word (`StemPhrase.mayOccur`).
    private let bodyWordBytes: [UInt8]

    /// Per word of the body, its number; the sentences (their places in `sentences`, ascending) that hold
    /// word `n` are `sentencesOfWords[runStarts[n]..<runStarts[n + 1]]`.
    private let wordNumbers: WordNumbers
    private let runStarts: [Int]
    private let sentencesOfWords: [Int]

    /// The sentences holding a word that the first stem of one of the phrases matches: the only ones
    /// where one of them can occur, in text order. The words are found once in the sorted list, and their
    /// sentences in the index, not sentence by sentence.
    public func sentences(mayHold phrases: [StemPhrase]) -> [Sentence] {
        var hits = [Bool](repeating: false, count: sentences.count)
        for phrase in phrases {
            for word in phrase.firstStemWords(amongSorted: bodyWords, joined: bodyWordBytes) {
                guard let number = wordNumbers.number(ofExisting: word) else { continue }
                for sentence in sentencesOfWords[runStarts[number]..<runStarts[number + 1]] { hits[sentence] = true }
            }
        }
        return hits.indices.filter { hits[$0] }.map { sentences[$0] }
    }

    /// The phrases that may occur somewhere in the body.
    public func present(_ phrases: [StemPhrase]) -> [StemPhrase] {
        // A closure over the two lists, not `filter(mayOccur)`: a method as a value copies the whole context.
        let words = bodyWords, joined = bodyWordBytes
        return phrases.filter { $0.mayOccur(amongSorted: words, joined: joined) }
    }

    /// Whether the phrase may occur somewhere in the body.
    public func mayOccur(_ phrase: StemPhrase) -> Bool {
        phrase.mayOccur(amongSorted: bodyWords, joined: bodyWordBytes)
    }

    /// Where a finding about something missing from the front matter points: its opening line.
    public var frontMatterStart: SourceLocation { agreement.frontMatterRange.start }
}
