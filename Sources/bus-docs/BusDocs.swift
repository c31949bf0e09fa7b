import ArgumentParser
import Foundation

@main
struct BusDocs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bus-docs",
        abstract: "Check and publish local BUS agreements (lokala BUS-överenskommelser).",
        version: "0.1.0",
        subcommands: [Check.self, Build.self, Protocol.self, Deviation.self, New.self, Diff.self, Serve.self, Rules.self],
        defaultSubcommand: Check.self)

    /// Exit codes: 0 fine, 1 findings with errors, 2 usage or I/O problems.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as UsageFailure {
            FileHandle.standardError.write(Data("bus-docs: \(failure.message)\n".utf8))
            Foundation.exit(2)
        } catch {
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
    var message: String
}
