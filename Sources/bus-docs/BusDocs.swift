import ArgumentParser
import BUSDocsKit
import Foundation

@main
struct BusDocs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bus-docs",
        abstract: "Check and publish local BUS agreements (lokala BUS-överenskommelser).",
        version: BUSDocsVersion.current,
        subcommands: [Check.self, Build.self, Protocol.self, Deviation.self, AgreementDocument.self, Report.self, New.self, Import.self, Diff.self, Serve.self, Rules.self, Schema.self, TemplatesCommand.self, LanguageServerCommand.self],
        defaultSubcommand: Check.self)

    /// Exit codes: 0 fine, 1 findings with errors, 2 usage or I/O problems.
    static func main() async {
        do {
            try refuseMisspeltCommand(Array(CommandLine.arguments.dropFirst()))
            try refuseSplitDate(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            if let failure = CLIError.from(error) {
                let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
                FileHandle.standardError.write(Data("bus-docs: \(failure.text.text(in: language))\n".utf8))
                Foundation.exit(2)
            }
            let code = exitCode(for: error)
            if code == .success {
                // Only a help screen is translated: a completion script, --experimental-dump-help's JSON
                // (the man page is made from it) and --version are printed as they are.
                let width = SwedishHelp.terminalWidth
                let message = fullMessage(for: error)
                let isHelp = message.hasPrefix("OVERVIEW: ") || message.hasPrefix("USAGE: ")
                // The parser wraps a help screen's descriptions but not its usage line: that is wrapped here.
                print(!isHelp ? message
                      : RunLanguage.swedish ? SwedishHelp.render(fullMessage(for: error, columns: SwedishHelp.unwrapped), width: width)
                      : UsageLine.wrapped(fullMessage(for: error, columns: width), width: width))
                Foundation.exit(0)
            }
            let message = ArgumentWords.inLanguage(DidYouMean.inValueRefusal(fullMessage(for: error)))
            FileHandle.standardError.write(Data((UsageLine.wrapped(message, width: SwedishHelp.terminalWidth) + "\n").utf8))
            if let note = optionOfAnotherCommand(fullMessage(for: error)) { FileHandle.standardError.write(Data((note + "\n").utf8)) }
            Foundation.exit(2)
        }
    }
}

extension BusDocs {
    /// `bus-docs protocl x`: a first word that is neither a command nor an existing path, but close to a
    /// command, is a misspelt command, not a file to check.
    static func refuseMisspeltCommand(_ arguments: [String]) throws {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        // `bus-docs help prtocol`: the word after `help` can only be a command.
        if arguments.first == "help", let word = arguments.dropFirst().first, !names.contains(word) {
            try refuse(word, among: names)
            return
        }
        guard let word = arguments.first, !word.hasPrefix("-"), !word.contains("/"), !word.contains("."),
              !FileManager.default.fileExists(atPath: word), !(names + ["help"]).contains(word) else { return }
        try refuse(word, among: names + ["help"])
    }

    /// `protocol --date 3 december`: a date said aloud, unquoted, is two arguments, and the parser would
    /// call the month an unexpected argument. The date meant is said instead.
    static func refuseSplitDate(_ arguments: [String]) throws {
        let today = arguments.firstIndex(of: "--today").flatMap { arguments.indices.contains($0 + 1) ? LocalDate(iso: arguments[$0 + 1]) : nil }
        for (index, argument) in arguments.enumerated() where ["--date", "--noticed", "--today"].contains(argument) {
            guard index + 2 < arguments.count else { continue }
            let (value, next) = (arguments[index + 1], arguments[index + 2])
            guard value.count <= 2, value.allSatisfy(\.isNumber), next.allSatisfy(\.isLetter),
                  let meant = LocalDate.guess("\(value) \(next)", near: try today ?? Today.parse(nil)) else { continue }
            throw CLIError.dateMeant(option: argument, text: "\(value) \(next)", meant: meant)
        }
    }

    /// `bus-docs deviation --date …`: an option this command does not have but another does is said to
    /// be that one's ("`--date` är en flagga till `protocol`, inte till `deviation`"), found in each other
    /// command's usage line.
    static func optionOfAnotherCommand(_ message: String) -> String? {
        guard let start = message.range(of: "Unknown option '")?.upperBound,
              let end = message[start...].firstIndex(of: "'") else { return nil }
        let option = String(message[start..<end])
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands
        guard let current = commands.first(where: { $0.configuration.commandName == arguments.first }) ?? commands.first(where: { $0 == configuration.defaultSubcommand }),
              let currentName = current.configuration.commandName else { return nil }
        let owners = commands.filter { $0 != current }.compactMap { command -> String? in
            // The option whole in the command's usage: followed by a space, `<`, `]` or the line's end.
            let usage = command.helpMessage(columns: 10_000)
            var rest = Substring(usage)
            while let found = rest.range(of: option) {
                let next = usage[found.upperBound...].first
                if next == nil || next == " " || next == "]" || next == "\n" { return command.configuration.commandName }
                rest = usage[found.upperBound...]
            }
            return nil
        }
        guard !owners.isEmpty else { return nil }
        let listed = owners.map { "`\($0)`" }
        return RunLanguage.pick(sv: "`\(option)` är en flagga till \(listed.listed("och")), inte till `\(currentName)`.",
                                en: "`\(option)` is an option of \(listed.listed("and")), not of `\(currentName)`.")
    }

    /// The commands as a user says them: the Swedish help's own verbs, and the verbs other tools use for
    /// the same job (`publish` a site, `lint` a file, `preview` a draft).
    static let spokenCommands: [String: String] = [
        "publish": "build", "site": "build", "render": "build", "html": "build", "lint": "check", "validate": "check",
        "verify": "check", "preview": "serve", "watch": "serve", "compare": "diff", "create": "new", "init": "new",
        "draft": "new", "convert": "import", "minutes": "protocol", "agenda": "protocol", "form": "deviation",
        "kontrollera": "check", "kontroll": "check", "granska": "check", "bygg": "build", "bygga": "build",
        "publicera": "build", "ny": "new", "nytt": "new", "skapa": "new", "jämför": "diff", "jamfor": "diff",
        "protokoll": "protocol", "dagordning": "protocol", "avvikelse": "deviation", "avvikelseblankett": "deviation",
        "överenskommelse": "agreement", "overenskommelse": "agreement", "importera": "import", "uppföljning": "report",
        "uppfoljning": "report", "rapport": "report", "regler": "rules", "förhandsgranska": "serve", "visa": "serve",
        "mallar": "templates", "hjälp": "help", "hjalp": "help",
    ]

    private static func refuse(_ word: String, among names: [String]) throws {
        if let command = spokenCommands[word.lowercased()], names.contains(command) {
            throw CLIError.unknownCommand(word: word, suggestion: command)
        }
        guard let nearest = Suggestion.nearestWord(to: word, in: names) else { return }
        throw CLIError.unknownCommand(word: word, suggestion: nearest)
    }
}

/// swift-argument-parser's messages about the command line, in Swedish under a Swedish locale (its help
/// text stays English).
enum ArgumentWords {
    static let swedish: [(String, String)] = [
        ("Error: Missing expected argument", "bus-docs: argument saknas:"),
        ("Error: Unknown option", "bus-docs: okänd flagga"),
        ("Error: Missing value for", "bus-docs: värde saknas för"),
        ("Error: Unexpected argument", "bus-docs: oväntat argument"),
        (" unexpected arguments: ", " oväntade argument: "),
        ("Error: The value ", "bus-docs: värdet "),
        (" is invalid for ", " är inte giltigt för "),
        ("Please provide one of", "Välj ett av"),
        ("Error: The option ", "bus-docs: flaggan "),
        (" does not take any value, but ", " tar inget värde, men "),
        (" was specified.", " angavs."),
        ("Help:  ", "Hjälp:  "),
        ("Usage: ", "Användning: "),
        ("  See `", "  Se `"),
        ("` for more information.", "` för mer information."),
        ("Error: ", "bus-docs: "),
        (". Did you mean `", ". Menade du `"),
    ]

    /// The message in the run's language, opening with `bus-docs: ` as every other message does, with
    /// what the user typed or should type in backticks as in every other message ("okänd flagga
    /// `--strcit`. Menade du `--strict`?"), not in the parser's straight quotes.
    static func inLanguage(_ message: String) -> String {
        let message = backticked(message)
        guard RunLanguage.swedish else {
            // "Error: Missing expected argument …" → "bus-docs: missing expected argument …".
            guard message.hasPrefix("Error: ") else { return message }
            let rest = message.dropFirst("Error: ".count)
            return "bus-docs: " + rest.prefix(1).lowercased() + rest.dropFirst()
        }
        var text = message
        for (english, swedish) in swedish { text = text.replacingOccurrences(of: english, with: swedish) }
        // "one of 'a', 'b' or 'c'": the list's last word, on its own line only (help text stays as it is).
        // "Help:  <agreement>  The agreement file.": the option's description from the help catalogue.
        // "'<agreement>'": the value names as the Swedish help writes them.
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.contains("Välj ett av") { return SwedishHelp.valueNames(in: line.replacingOccurrences(of: "` or `", with: "` eller `")) }
            if line.hasPrefix("Hjälp:  "), let gap = line.range(of: "  ", range: line.index(line.startIndex, offsetBy: 8)..<line.endIndex) {
                return SwedishHelp.valueNames(in: String(line[..<gap.upperBound])) + SwedishHelp.description(String(line[gap.upperBound...]))
            }
            return SwedishHelp.valueNames(in: String(line))
        }.joined(separator: "\n")
    }
}

extension ArgumentWords {
    /// `'--strcit'` → `` `--strcit` `` on the parser's error lines and its "See '… --help'" line; the help
    /// text below them, whose apostrophes are English possessives, stays as it is.
    static func backticked(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("Error: ") || line.hasPrefix("  See '") || line.hasPrefix("Please provide") else { return String(line) }
            var result = "", inside = false
            for character in line {
                if character == "'" { result.append("`"); inside.toggle() } else { result.append(character) }
            }
            // An odd quote (a possessive after all): the line as it was.
            return inside ? String(line) : result
        }.joined(separator: "\n")
    }
}

/// The language of this run, from the locale: everything bus-docs prints is in it.
enum RunLanguage {
    static let current = Language.fromEnvironment(ProcessInfo.processInfo.environment)
    static var swedish: Bool { current == .swedish }

    /// One of two texts, in the run's language.
    static func pick(sv: String, en: String) -> String { swedish ? sv : en }

    /// A line on standard error.
    static func note(sv: String, en: String) {
        FileHandle.standardError.write(Data((pick(sv: sv, en: en) + "\n").utf8))
    }
}
