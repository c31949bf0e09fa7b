import Foundation

/// SARIF 2.1.0, as GitHub code scanning takes it: one run, one rule descriptor per rule with help and a
/// link to its documentation, one result per finding with a fingerprint that survives lines moving,
/// paths relative to the repository's root (`%SRCROOT%`) and columns in UTF-16 code units.
public struct SARIFFormatter: ReportFormatter {
    /// The folder paths are made relative to.
    public var root: SourceRoot

    public init(root: SourceRoot = .current) {
        self.root = root
    }

    static let baseID = "%SRCROOT%"
    static let fingerprintKey = "busDocsFinding/v1"

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
        var originalUriBaseIds: [String: ArtifactLocation]
        var columnKind = "utf16CodeUnits"
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
        var version = BUSDocsVersion.current
        var semanticVersion = BUSDocsVersion.current
        var informationUri = RuleDocumentation.home
        var rules: [RuleDescriptor]
    }

    struct RuleDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var helpUri: String
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct RuleProperties: Encodable {
        var tags: [String]
    }

    struct Configuration: Encodable { var level: String }

    struct Message: Encodable {
        var text: String
        var markdown: String? = nil
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        /// The finding's notes: other places in its file, each with its message.
        var relatedLocations: [RelatedLocation]?
        var partialFingerprints: [String: String]
        /// The finding's own hint, apart from its message.
        var properties: ResultProperties?
    }

    struct ResultProperties: Encodable { var hint: String }

    struct Location: Encodable { var physicalLocation: PhysicalLocation }

    struct RelatedLocation: Encodable {
        var id: Int
        var physicalLocation: PhysicalLocation
        var message: Message
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String? = nil
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }

    public func format(_ report: CheckReport, language: Language) -> String {
        let rules = RuleCatalog.all
        let results = ScannedFinding.all(in: report, root: root).map { finding in
            let diagnostic = finding.diagnostic
            let message = diagnostic.message.text(in: language)
            let hint = diagnostic.hint?.text(in: language)
            let columns = finding.utf16Columns
            let artifact = finding.insideRoot
                ? ArtifactLocation(uri: SourceRoot.encode(finding.path), uriBaseId: Self.baseID)
                : ArtifactLocation(uri: "file://" + SourceRoot.encode(SourceRoot.absolute(finding.path, from: root.workingDirectory)))
            return Result(
                ruleId: diagnostic.ruleID,
                ruleIndex: rules.firstIndex { $0.id == diagnostic.ruleID } ?? 0,
                level: diagnostic.severity.rawValue,
                message: Message(text: message, markdown: hint.map { message + "\n\n" + $0 }),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: artifact,
                    region: Region(startLine: diagnostic.location.line, startColumn: columns.start,
                                   endLine: diagnostic.location.line, endColumn: columns.end)))],
                relatedLocations: diagnostic.notes.isEmpty ? nil : diagnostic.notes.enumerated().map { index, note in
                    let columns = ScannedFinding.utf16Columns(from: note.location.column, line: note.location.line, in: finding.file)
                    return RelatedLocation(
                        id: index + 1,
                        physicalLocation: PhysicalLocation(
                            artifactLocation: artifact,
                            region: Region(startLine: note.location.line, startColumn: columns.start,
                                           endLine: note.location.line, endColumn: columns.end)),
                        message: Message(text: note.message.text(in: language)))
                },
                partialFingerprints: [Self.fingerprintKey: finding.fingerprint],
                properties: hint.map { ResultProperties(hint: $0) })
        }
        return JSONOutput.encode(Log(runs: [run(language, results: results)]))
    }

    /// A log with no results whose invocation failed, with the problem as its notification.
    public func failure(_ message: String, language: Language) -> String {
        let invocation = Invocation(executionSuccessful: false,
                                    toolExecutionNotifications: [Notification(level: "error", message: Message(text: message))])
        var run = run(language, results: [])
        run.invocations = [invocation]
        return JSONOutput.encode(Log(runs: [run]))
    }

    private func run(_ language: Language, results: [Result]) -> Run {
        Run(tool: tool(language), originalUriBaseIds: [Self.baseID: ArtifactLocation(uri: root.uri)], results: results)
    }

    /// bus-docs and every rule it has.
    private func tool(_ language: Language) -> Tool {
        let descriptors = RuleCatalog.all.map { rule in
            RuleDescriptor(
                id: rule.id, name: RuleDocumentation.pascalCaseName(rule.title.en),
                shortDescription: Message(text: rule.title.text(in: language)),
                fullDescription: Message(text: rule.sentence.text(in: language)),
                help: Message(text: RuleDocumentation.helpText(for: rule, in: language),
                              markdown: RuleDocumentation.helpMarkdown(for: rule, in: language)),
                helpUri: RuleDocumentation.url(for: rule.id),
                defaultConfiguration: Configuration(level: rule.severity.rawValue),
                properties: RuleProperties(tags: RuleDocumentation.tags(for: rule)))
        }
        return Tool(driver: Driver(rules: descriptors))
    }
}
