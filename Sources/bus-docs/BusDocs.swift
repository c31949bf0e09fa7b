import ArgumentParser
import BUSDocsKit
import Foundation

@main
struct BusDocs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bus-docs",
        abstract: "Check and publish local BUS agreements (lokala BUS-överenskommelser).",
        version: "0.1.0",
        subcommands: [Check.self, Build.self, Protocol.self, Deviation.self, Report.self, New.self, Diff.self, Serve.self, Rules.self],
        defaultSubcommand: Check.self)

    /// Exit codes: 0 fine, 1 findings with errors, 2 usage or I/O problems.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            if let failure = UsageFailure.from(error) {
                let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
                FileHandle.standardError.write(Data("bus-docs: \(failure.text.text(in: language))\n".utf8))
                Foundation.exit(2)
            }
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// A problem with the command line or the files it names: one line on stderr, exit status 2.
struct UsageFailure: Error {
    var text: LocalizedText

    init(_ text: LocalizedText) {
        self.text = text
    }

    /// A message in English only.
    init(message: String) {
        text = LocalizedText(sv: message, en: message)
    }

    var message: String { text.en }

    /// The usage failure an error is, when it is one: a file problem from the library is.
    static func from(_ error: Error) -> UsageFailure? {
        if let failure = error as? UsageFailure { return failure }
        if let problem = error as? FileProblem { return UsageFailure(problem.message) }
        return nil
    }
}
