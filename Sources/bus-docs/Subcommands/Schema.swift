import ArgumentParser
import BUSDocsKit
import Foundation

struct Schema: ParsableCommand, WritesToOutputOption {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema of the front matter, for editors (the YAML language server).",
        discussion: "Services are those of the built-in rule sets, or of the one given with --rules.")

    @Option(name: .customLong("rules"), help: "Rule set: bus-2012, hök-2022 or a rule-set file (default: every built-in one).")
    var ruleSet: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        let ruleSets = try RuleSetOptions.load(ruleSet).map { [$0] } ?? RuleSet.builtInNames.compactMap(RuleSet.builtIn(named:))
        let schema = FrontMatterSchema.json(ruleSets: ruleSets)
        guard let output else {
            print(schema, terminator: "")
            return
        }
        if let ruleSet { try OutputWriter.refuseSource(output, [ruleSet], as: LocalizedText(sv: "regelverket", en: "the rule set")) }
        try OutputWriter.refuseMissingFolder(output)
        try FileWriter.replace(Array(schema.utf8), at: output)
    }
}
