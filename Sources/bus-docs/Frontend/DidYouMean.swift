import BUSDocsKit

/// "Did you mean …?" for a word typed on the command line that names none of the few words its place
/// takes — a command, a value of `--format` or of another option with fixed values: the nearest word
/// (`Suggestion.nearestWord`) and the question, worded once for all of them.
enum DidYouMean {
    /// The question after a refusal, the word in backticks as the user would type it: " — menade du `json`?".
    static func question(_ meant: String) -> LocalizedText {
        LocalizedText(sv: " — menade du `\(meant)`?", en: " — did you mean `\(meant)`?")
    }

    /// The question for `typed` among `words`, in the run's language; "" when no word is near it.
    static func question(for typed: String, among words: [String]) -> String {
        Suggestion.nearestWord(to: typed, in: words).map { question($0).text(in: RunLanguage.current) } ?? ""
    }

    /// swift-argument-parser's refusal of a value an option does not take ("The value 'jsno' is invalid
    /// for '--format <format>'." and, on the same line or the next, "Please provide one of 'text', 'json',
    /// …") with the question in place of the first sentence's full stop, when one of the values is near
    /// the value given. Any other message is returned as it is.
    static func inValueRefusal(_ message: String) -> String {
        let opening = "Error: The value '", invalid = "' is invalid for '"
        guard message.hasPrefix(opening), let middle = message.range(of: invalid),
              let end = message.range(of: "'.", range: middle.upperBound..<message.endIndex),
              let list = message.range(of: "Please provide one of ", range: end.upperBound..<message.endIndex) else { return message }
        let typed = String(message[message.index(message.startIndex, offsetBy: opening.count)..<middle.lowerBound])
        let listed = message[list.upperBound...].prefix { $0 != "\n" }
        let values = listed.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        let question = question(for: typed, among: values)
        guard !question.isEmpty else { return message }
        return String(message[..<message.index(after: end.lowerBound)]) + question + message[end.upperBound...]
    }
}
