import ArgumentParser
import BUSDocsKit
import Foundation

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its id, severity and the sentence it enforces.")

    @Option(name: .customLong("rules"), help: "Rule set: bus-2012, hök-2022 or a rule-set file (default: hök-2022, the current one).")
    var ruleSet: String?

    func run() throws {
        let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let ruleSet = try RuleSetOptions.load(ruleSet) ?? RuleSet.current
        print(RuleListing.format(RuleCatalog.all, ruleSet: ruleSet, language: language), terminator: "")
    }
}
