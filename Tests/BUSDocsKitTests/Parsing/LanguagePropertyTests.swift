import BUSDocsKit
import Testing

/// Property tests for the readers of Swedish text: whatever the words, they never trap, and the
/// readings hold their invariants.
@Suite struct LanguagePropertyTests {
    static let vocabulary = [
        "Styrgruppen", "träffas", "minst", "en", "två", "fyra", "gång", "gånger", "per", "om", "året", "termin",
        "vartannat", "var", "tredje", "år", "varje", "inom", "veckor", "dagar", "arbetsdagar", "skolan", "kan",
        "ska", "kalla", "SIP", "muntligt", "skriftligt", "samtycke", "inte", "KSL", "landstinget", "(tidigare",
        "2012", "2019", ".", ",", ";", ":", "**", "\n", "\n\n", "- ", "## ", "1. ", "«", "\"", "årligen", "12:e",
        "0", "99999999999999999999", "å", "", " ",
    ]

    @Test(arguments: 0..<4) func randomTextNeverTrapsAndSentencesStayInside(seed: UInt64) {
        var random = ParserPropertyTests.SplitMix(state: seed)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...60, using: &random)).map { _ in Self.vocabulary.randomElement(using: &random)! }.joined(separator: " ")
            var body = Body()
            body.markdown = text
            body.firstLine = 7
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            for sentence in Sentences.of(body) {
                #expect(!sentence.words.isEmpty)
                #expect(sentence.location.line >= 7 && sentence.location.line < 7 + lines)
                #expect(sentence.lines.lowerBound == sentence.location.line)
                _ = FrequencyPhrase.perYear(in: sentence.words)
                _ = FrequencyPhrase.deadlineDays(in: sentence.words)
            }
            if let interval = IntervalPhrase.interval(text) { #expect(interval.perYear > 0) }
            _ = NameKey.candidates(text)
        }
    }

    /// Case, hyphens, spaces, colons and Swedish endings do not change a name.
    @Test(arguments: ["BUSSAM", "samrådsgruppen för barns och ungas hälsa", "Styrgruppen", "BUS lokal styrgrupp"])
    func aNameKeyIgnoresHowTheNameIsWritten(name: String) {
        let key = NameKey(name)
        #expect(NameKey(name.uppercased()) == key)
        #expect(NameKey(name.replacingOccurrences(of: " ", with: "-")) == key)
        #expect(NameKey("  " + name + ":s ") == key)
        #expect(NameKey(name + "s") == key || name.hasSuffix("a"))
    }

    @Test func intervalsAsSwedishSaysThem() {
        #expect(IntervalPhrase.interval("vartannat år") == Interval(every: 2, .year))
        #expect(IntervalPhrase.interval("var tredje månad") == Interval(every: 3, .month))
        #expect(IntervalPhrase.interval("Årligen") == Interval(.year))
        #expect(IntervalPhrase.interval("kvartalsvis") == Interval(every: 3, .month))
        #expect(IntervalPhrase.interval("ibland") == nil)
        #expect(FrequencyPhrase.perYear(in: Words.folded("Styrgruppen träffas minst två gånger per termin")) == 4)
        #expect(FrequencyPhrase.perYear(in: Words.folded("barn under 18 år träffas varje vecka")) == 52)
        // A season each year is once a year; spring and autumn, once a term. "i vår" is this spring.
        #expect(FrequencyPhrase.perYear(in: Words.folded("Styrgruppen har möte varje vår")) == 1)
        #expect(FrequencyPhrase.perYear(in: Words.folded("Styrgruppen träffas varje hösttermin")) == 1)
        #expect(FrequencyPhrase.perYear(in: Words.folded("Styrgruppen träffas varje vår och höst")) == 2)
        #expect(FrequencyPhrase.perYear(in: Words.folded("Styrgruppen har möte i vår")) == nil)
        #expect(FrequencyPhrase.deadlineDays(in: Words.folded("mötet hålls inom tre veckor")) == 21)
        #expect(FrequencyPhrase.deadlineDays(in: Words.folded("senast 10 arbetsdagar efter")) == 14)
    }
}
