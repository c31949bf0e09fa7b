import ArgumentParser
import BUSDocsKit
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site while you write: served on 127.0.0.1, rebuilt and reloaded when a file changes, with the findings at the top of every page.",
        discussion: "Prints the address first. Listens on 127.0.0.1 only. Ends with Ctrl-C.")

    @Argument(help: "An agreement file or folder.")
    var path = "Agreements"

    @Option(help: "The port; 0 picks a free one.")
    var port: UInt16 = 8080

    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    @Option(help: ArgumentHelp("The date to check and date documents against, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    func run() async throws {
        _ = try CheckedFile.collect([path])
        _ = try templateOptions.load()
        let preview = PreviewServer(inputs: [path], templatesFolder: templateOptions.templates,
                                    ruleSet: try ruleSetOptions.load(), today: try Today.parse(today))
        try preview.rebuild(first: true)
        Self.stopOnSignals()
        preview.watch()
        try await preview.run(port: port)
    }

    /// Ctrl-C and SIGTERM end the preview at once: nothing is written, so nothing is left half done.
    static func stopOnSignals() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                print(RunLanguage.pick(sv: "Förhandsvisningen avslutad.", en: "Preview ended."))
                fflush(nil) // every output stream: C's `stdout` is a global Swift 6 will not touch
                Foundation.exit(0)
            }
            source.resume()
            // A dispatch source stops when released; these are kept, on purpose, until the process ends.
            _ = Unmanaged.passRetained(source as AnyObject)
        }
    }
}
