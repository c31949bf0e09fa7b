/// Finds YAML anchors and aliases (`&name`, `*name`) in front matter before it is composed.
///
/// Agreements have no use for them, and aliases are how a small file becomes an exponential tree
/// ("billion laughs"); refusing them up front keeps parsing linear in the file's size. An anchor or
/// alias can only stand where a node starts: after `key: `, `- `, `[`, `{` or `,`.
enum AnchorScanner {
    /// The first anchor or alias, as (1-based line within the YAML text, 1-based column).
    static func firstAnchorOrAlias(in yaml: String) -> (line: Int, column: Int)? {
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var quote: Unicode.Scalar?
            var nodeMayStart = true
            for (offset, scalar) in scalars.enumerated() {
                if let open = quote {
                    if scalar == open { quote = nil }
                    continue
                }
                if scalar == "#" && (offset == 0 || scalars[offset - 1] == " ") { break }
                if nodeMayStart, scalar == "&" || scalar == "*", offset + 1 < scalars.count, isNameCharacter(scalars[offset + 1]) {
                    return (index + 1, offset + 1)
                }
                if nodeMayStart, scalar == "\"" || scalar == "'" { quote = scalar }
                switch scalar {
                case " ", "\t": continue
                case "[", "{", ",": nodeMayStart = true
                case ":", "-": nodeMayStart = offset + 1 == scalars.count || scalars[offset + 1] == " "
                default: nodeMayStart = false
                }
            }
        }
        return nil
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        !" \t,[]{}".unicodeScalars.contains(scalar)
    }
}
