import ArgumentParser
import BUSDocsKit
import Foundation

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its id, severity and the sentence it enforces.")

    @OptionGroup var ruleSetOptions: RuleSetOptions

    func run() throws {
        let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let ruleSet = try ruleSetOptions.load() ?? RuleSet.builtIn(named: "bus-2012")!
        print(RuleListing.format(RuleCatalog.all, ruleSet: ruleSet, language: language), terminator: "")
    }
}
