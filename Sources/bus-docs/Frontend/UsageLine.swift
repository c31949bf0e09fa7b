/// A usage line ("USAGE: bus-docs protocol <agreement> [--group <group>] …"), wrapped at the terminal's
/// width: swift-argument-parser prints it on one line however long it is. It breaks between options,
/// never inside one (`[--date <datum>]` stays whole), and its later lines hang under the command, as
/// the parser hangs a description under its option. One wrapping for both languages, on the help screen
/// (`USAGE:`, `ANVÄNDNING:`) and in a message about the command line (`Usage:`, `Användning:`).
enum UsageLine {
    static let headings = ["USAGE: ", "ANVÄNDNING: ", "Usage: ", "Användning: "]

    /// Every usage line in `text` wrapped at `width`; the other lines as they are.
    static func wrapped(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrap(String($0), width: width) }.joined(separator: "\n")
    }

    /// One line: a usage line longer than `width` as several; any other line as it is.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width, let heading = headings.first(where: { line.hasPrefix($0) }) else { return [line] }
        // The words of the line, an option in brackets with its value name one word.
        var words: [String] = []
        var depth = 0
        for character in line.dropFirst(heading.count) {
            if character == " ", depth == 0 {
                words.append("")
                continue
            }
            if words.isEmpty { words.append("") }
            if character == "[" { depth += 1 } else if character == "]" { depth = max(0, depth - 1) }
            words[words.count - 1].append(character)
        }
        let indent = String(repeating: " ", count: heading.count)
        var lines: [String] = []
        var current = heading
        var empty = true
        for word in words where !word.isEmpty {
            if !empty, current.count + 1 + word.count > width {
                lines.append(current)
                current = indent + word
            } else {
                current += (empty ? "" : " ") + word
            }
            empty = false
        }
        return lines + [current]
    }
}
