import Foundation

/// SARIF 2.1.0, as code-scanning uploads accept it: one run, one rule per rule id, one result a finding.
public struct SARIFFormatter: ReportFormatter {
    public init() {}

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        /// Present only when the check could not run: why, as a notification.
        var invocations: [Invocation]? = nil
        var results: [Result]
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]
    }

    struct Notification: Encodable {
        var level: String
        var message: Message
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "bus-docs"
        var rules: [RuleDescriptor]
    }

    struct RuleDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable { var level: String }
    struct Message: Encodable { var text: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
    }

    struct Location: Encodable { var physicalLocation: PhysicalLocation }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable { var uri: String }
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    public func format(_ report: CheckReport, language: Language) -> String {
        let rules = RuleCatalog.all
        let results = report.located.map { path, diagnostic in
            var text = diagnostic.message.text(in: language)
            if let hint = diagnostic.hint { text += " " + hint.text(in: language) }
            return Result(
                ruleId: diagnostic.ruleID,
                ruleIndex: rules.firstIndex { $0.id == diagnostic.ruleID } ?? 0,
                level: diagnostic.severity.rawValue,
                message: Message(text: text),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path),
                    region: Region(startLine: diagnostic.location.line, startColumn: diagnostic.location.column)))])
        }
        let log = Log(runs: [Run(tool: tool(language), results: results)])
        return JSONOutput.encode(log)
    }

    /// A log with no results whose invocation failed, with the problem as its notification.
    public func failure(_ message: String, language: Language) -> String {
        let invocation = Invocation(executionSuccessful: false,
                                    toolExecutionNotifications: [Notification(level: "error", message: Message(text: message))])
        return JSONOutput.encode(Log(runs: [Run(tool: tool(language), invocations: [invocation], results: [])]))
    }

    /// bus-docs and every rule it has.
    private func tool(_ language: Language) -> Tool {
        let descriptors = RuleCatalog.all.map { rule in
            RuleDescriptor(
                id: rule.id, name: rule.title.en.replacingOccurrences(of: " ", with: ""),
                shortDescription: Message(text: rule.title.text(in: language)),
                fullDescription: Message(text: rule.sentence.text(in: language)),
                defaultConfiguration: Configuration(level: rule.severity.rawValue))
        }
        return Tool(driver: Driver(rules: descriptors))
    }
}
