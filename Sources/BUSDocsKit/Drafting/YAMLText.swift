/// Values written into YAML by bus-docs: quoted when they could be read as something else.
enum YAMLText {
    /// A double-quoted scalar; backslashes and quotes escaped, line breaks and tabs as escapes.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
            }
        }
        return out + "\""
    }

    /// A plain scalar inside a flow collection when it is safe as one, else quoted.
    static func plain(_ text: String) -> String {
        let special = Set(",[]{}:#&*!|>'\"%@`".unicodeScalars)
        let safe = !text.isEmpty && !text.unicodeScalars.contains(where: special.contains)
            && text.first?.isWhitespace == false && text.last?.isWhitespace == false
        return safe ? text : quoted(text)
    }
}
