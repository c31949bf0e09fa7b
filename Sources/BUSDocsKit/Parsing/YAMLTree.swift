/// The one way front matter and rule sets become a tree: the fast parser where it is sure, libyaml's
/// reading (with its budget and refusals) everywhere else. Both give the same tree for the same bytes.
enum YAMLTree {
    static func read(_ yaml: String, firstLine: Int) -> Result<YAMLNode?, YAMLProblem> {
        if let fast = FrontMatterYAML.parse(yaml, firstLine: firstLine) { return .success(fast) }
        return YAMLReader.read(yaml, firstLine: firstLine)
    }
}

/// The limits of `YAMLReader`, applied to a tree the fast parser made: over them, it declines.
struct YAMLBudget {
    private var nodes = 0

    mutating func admits(_ node: YAMLNode, depth: Int = 0) -> Bool {
        nodes += 1
        guard nodes <= YAMLReader.maximumNodes else { return false }
        switch node {
        case .scalar:
            return true
        case .sequence(let items, _):
            guard depth < YAMLReader.maximumDepth else { return false }
            return items.allSatisfy { admits($0, depth: depth + 1) }
        case .mapping(let entries, _):
            guard depth < YAMLReader.maximumDepth else { return false }
            return entries.allSatisfy { admits($0.key, depth: depth + 1) && admits($0.value, depth: depth + 1) }
        }
    }
}

extension YAMLProblem {
    /// The finding for an agreement's front matter (BUS019).
    var diagnostic: Diagnostic {
        let rule = StructureRule()
        switch kind {
        case .syntax(let text):
            return StructureRule.yamlSyntax(text, at: location)
        case .anchorOrAlias:
            return StructureRule.anchorOrAlias(at: location)
        case .tag(let tag):
            return rule.finding(.tagNotAllowed(tag), at: location, hint: .removeTag)
        case .directive:
            return rule.finding(.directiveNotAllowed, at: location, hint: .removeLine)
        case .tooManyNodes:
            return rule.finding(.tooManyValues(YAMLReader.maximumNodes), at: location, hint: .aFewHundredValues)
        case .tooDeep:
            return rule.finding(.nestedTooDeep(YAMLReader.maximumDepth), at: location, hint: .fiveLevels)
        }
    }

    /// One line for a rule-set file: position and the message, in both languages.
    var lineMessage: LocalizedText {
        LocalizedText(sv: "\(location.line):\(location.column): \(diagnostic.message.sv)",
                      en: "\(location.line):\(location.column): \(diagnostic.message.en)")
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func tagNotAllowed(_ tag: String) -> LocalizedText {
        LocalizedText(sv: "YAML-taggen `\(tag)` används inte i överenskommelser", en: "the YAML tag `\(tag)` is not allowed in agreements")
    }

    fileprivate static let removeTag = LocalizedText(sv: "Ta bort taggen och skriv värdet som vanlig text.", en: "Remove the tag and write the value as plain text.")

    fileprivate static let directiveNotAllowed = LocalizedText(
        sv: "YAML-direktiv (`%YAML`, `%TAG`) används inte i överenskommelser", en: "YAML directives (`%YAML`, `%TAG`) are not allowed in agreements")

    fileprivate static let removeLine = LocalizedText(sv: "Ta bort raden.", en: "Remove the line.")

    fileprivate static func tooManyValues(_ limit: Int) -> LocalizedText {
        LocalizedText(sv: "YAML-huvudet har fler än \(limit) värden", en: "the YAML front matter has more than \(limit) values")
    }

    fileprivate static let aFewHundredValues = LocalizedText(sv: "En överenskommelse behöver några hundra.", en: "An agreement needs a few hundred.")

    fileprivate static func nestedTooDeep(_ limit: Int) -> LocalizedText {
        LocalizedText(sv: "YAML-huvudet är nästlat djupare än \(limit) nivåer", en: "the YAML front matter is nested deeper than \(limit) levels")
    }

    fileprivate static let fiveLevels = LocalizedText(sv: "En överenskommelse behöver fem nivåer.", en: "An agreement needs five levels.")
}
