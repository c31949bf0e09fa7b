import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

struct Diff: ParsableCommand, WritesToOutputOption {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of an agreement in substance: parties, groups, cadences, routines, findings and the text section by section.",
        discussion: """
            bus-docs diff OLD NEW compares two files; bus-docs diff --rev REV FILE compares FILE with its version at a git revision. \
            Exit status: 0; 1 with --fail-on-weakening when a change weakens the agreement; 2 for usage or I/O problems, \
            or a version whose front matter cannot be read.
            """)

    @Argument(help: "OLD NEW, or FILE with --rev.")
    var files: [String]

    @Option(help: "Compare FILE with its version at this git revision (a commit, tag or branch).")
    var rev: String?

    @Option(help: ArgumentHelp(OutputFormats.help(for: .comparison) + OutputFormats.defaultHelp("text")), completion: .list(OutputFormats.names(writing: .comparison)),
            transform: { try FormatChoice.parse($0, writing: .comparison) })
    var format: FormatChoice?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?

    @Flag(help: "Exit with status 1 when a change weakens the agreement (for CI).")
    var failOnWeakening = false

    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    @Option(help: ArgumentHelp("The date to check both versions against, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    func run() throws {
        let role = LocalizedText(sv: "en överenskommelse som jämförs", en: "an agreement it compares")
        if let output { try OutputWriter.refuseSource(output, files, as: role) }
        let format = try FormatChoice.resolve(self.format, output: output, default: .text, writing: .comparison)
        let (oldVersion, newVersion) = try versions()
        // A version that cannot be read has no parties, groups or text to compare: everything would read
        // as removed. Its error is said once, as `check` says it, and nothing is compared.
        for version in [oldVersion.parsed, newVersion.parsed].compactMap({ $0 }) where version.agreement == nil {
            let errors = version.diagnostics.filter { $0.severity == .error }
            let report = CheckReport(files: [CheckReport.File(path: version.path, source: version.source, diagnostics: errors)])
            FileHandle.standardError.write(Data(TextFormatter().format(report, language: Language.fromEnvironment(ProcessInfo.processInfo.environment)).utf8))
            throw CLIError.cannotCompare(path: version.path)
        }
        let validator = Validator(ruleSet: try ruleSetOptions.load(), today: try Today.parse(today))
        let check = { (label: String, parsed: ParsedAgreement) in
            AgreementComparison.Version(label: label, parsed: parsed, diagnostics: validator.validate(parsed))
        }
        // A file the revision does not have is compared with an empty agreement: everything is added.
        let old = oldVersion.parsed.map { check(oldVersion.label, $0) }
            ?? AgreementComparison.Version(label: oldVersion.label, parsed: .empty(path: oldVersion.label), diagnostics: [])
        let new = check(newVersion.label, newVersion.parsed)
        // A comparison quotes the text of both versions: none is made of a version with personal data.
        for version in [old, new] { try WithheldAgreement.refuseDocument(of: version.label, version.diagnostics) }
        let ruleSet = new.parsed.agreement.map { validator.ruleSet(for: $0).0 } ?? RuleSet.builtIn(named: "bus-2012")!
        let comparison = AgreementComparison(old: old, new: new, ruleSet: ruleSet, validator: validator)

        let context = OutputContext(templates: try templateOptions.load())
        try OutputFormats.emit(.comparison(comparison), as: format, in: context, to: output, refusing: files, role: role)
        if failOnWeakening && comparison.weakens { throw ExitCode(1) }
    }

    /// The two versions, from two files or from a file and a git revision; the old one is nil when the
    /// revision does not have the file.
    private func versions() throws -> (old: (label: String, parsed: ParsedAgreement?), new: (label: String, parsed: ParsedAgreement)) {
        if let rev {
            guard files.count == 1 else { throw CLIError.diffRevisionTakesOneFile }
            let file = files[0]
            let label = "\(file)@\(rev)"
            let old = try GitRevision.contents(of: file, at: rev).map { AgreementParser.parse(bytes: $0, path: label) }
            return ((label, old), (file, try AgreementFiles.read(file)))
        }
        guard files.count == 2 else { throw CLIError.diffTakesTwoFiles }
        return ((files[0], try AgreementFiles.read(files[0])), (files[1], try AgreementFiles.read(files[1])))
    }
}
