import ArgumentParser
import BUSDocsKit
import Foundation

struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over stdin and stdout) for editors.",
        discussion: "Findings as `check` makes them while you type, hover, completion, quick fixes and go to definition. See the README for editor setup.")

    @OptionGroup var ruleSetOptions: RuleSetOptions

    @Option(help: ArgumentHelp("The date to check against, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    @Option(help: "A folder of templates: the ones it adds may be named by `protokoll:` and `blankett:`.")
    var templates: String?

    /// Ignored: editors that start servers with `--stdio` are served on stdin and stdout anyway.
    @Flag(help: .hidden)
    var stdio = false

    func run() throws {
        let userTemplates = try templates.map { try TemplateOptions.load($0).customNames } ?? []
        var server = LanguageServer(
            validator: Validator(ruleSet: try ruleSetOptions.load(), today: try Today.parse(today), userTemplates: userTemplates),
            userTemplates: userTemplates,
            language: Language.fromEnvironment(ProcessInfo.processInfo.environment))
        // A client that goes away while we write must not kill the server with SIGPIPE mid-answer.
        signal(SIGPIPE, SIG_IGN)
        var stream = MessageStream(input: .standardInput, output: .standardOutput)
        while let frame = stream.read() {
            switch frame {
            case .badHeader(let header):
                stream.write(LanguageServer.error(id: .null, code: -32700, message: "Parse error: bad header `\(header)`"))
            case .message(let data):
                if case .exit(let status) = server.handle(data, send: { stream.write($0) }) {
                    throw ExitCode(status)
                }
            }
            // Nobody reads the answers any more: the client is gone, as when the input ends.
            if stream.outputClosed { break }
        }
        // The input ended without `exit`: the client is gone.
        throw ExitCode(server.state == .shutDown ? 0 : 1)
    }
}
