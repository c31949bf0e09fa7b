/// A Markdown body as its paragraphs — runs of lines that are not blank — and the blank text between
/// them, kept exactly as written: a line of spaces or tabs is blank, as in CommonMark, and a paragraph's
/// own line breaks (soft or hard) stay inside it. Joined again, an unchanged body is the same text.
struct BodyParagraphs {
    /// Each paragraph's lines, joined by `\n`, without the blank text around it.
    var paragraphs: [String] = []
    /// The blank text before each paragraph (`gaps[i]` precedes `paragraphs[i]`), and after the last one
    /// last: one more gap than paragraphs.
    var gaps: [String] = []

    init(_ body: String) {
        var gap = "", paragraph: [Substring] = []
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let newline = index + 1 < lines.count ? "\n" : ""
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !paragraph.isEmpty {
                    paragraphs.append(paragraph.joined(separator: "\n"))
                    paragraph = []
                    gap = "\n"
                }
                gap += line + newline
            } else {
                if paragraph.isEmpty { gaps.append(gap); gap = "" }
                paragraph.append(line)
                if newline.isEmpty { gap = "" }
            }
        }
        if !paragraph.isEmpty {
            paragraphs.append(paragraph.joined(separator: "\n"))
            gap = body.hasSuffix("\n") ? "\n" : ""
        }
        gaps.append(gap)
    }

    /// The paragraphs that are not empty, each with the gap before it (the first with the body's
    /// opening gap), and the body's closing gap: a paragraph emptied goes with the gap before it.
    var text: String {
        var out = ""
        let kept = paragraphs.indices.filter { !paragraphs[$0].isEmpty }
        for (position, index) in kept.enumerated() {
            out += (position == 0 ? gaps[0] : gaps[index]) + paragraphs[index]
        }
        return out + (kept.isEmpty ? "" : gaps.last ?? "")
    }
}
