import BUSDocsKit
import Foundation
import Templates

/// The whole path a file takes — read → parse → validate → render, and diff against its own first half —
/// for one input. Anything other than findings (a trap, a crash, a sanitizer report) is a bug.
enum FuzzTarget {
    static let renderer = DocumentRenderer(templates: try! TemplateSet.load())
    static let today = LocalDate(year: 2026, month: 11, day: 24)

    /// `BUS_DOCS_FUZZ=yaml` (`make fuzz-yaml`): the differential target, the fast YAML parser against
    /// libyaml's reading (and Yams) on the same bytes; a disagreement is a bug.
    static let differential = ProcessInfo.processInfo.environment["BUS_DOCS_FUZZ"] == "yaml"

    static func run(_ bytes: [UInt8]) {
        if differential {
            if let disagreement = YAMLDifferential.disagreement(in: bytes) { fatalError(disagreement) }
            return
        }
        let validator = Validator(today: today)
        let checked = CheckedAgreement.parse(bytes: bytes, path: "fuzz.md", slug: "fuzz", validator: validator)
        let site = SiteBuilder(renderer: renderer, today: today)
        guard let source = checked.document else {
            // No model: the page a site gives an unreadable file, which quotes its lines.
            if let files = try? site.files(for: checked.siteEntry), let problem = files.lazy.flatMap({ HTMLValidator.problems(in: $0.text ?? "") }).first {
                fatalError("broken HTML in the page of an unreadable file: \(problem)")
            }
            return
        }
        if let files = try? site.files(for: [source]) {
            // Broken markup from fuzzed values would be a rendering bug: values are always escaped.
            if let broken = files.first(where: { $0.path.hasSuffix(".html") && !HTMLValidator.problems(in: $0.text ?? "").isEmpty }) {
                fatalError("broken HTML in \(broken.path): \(HTMLValidator.problems(in: broken.text ?? ""))")
            }
        }
        for format in DocumentRenderer.Format.allCases {
            _ = try? renderer.deviationForm(source, format: format)
        }
        // Word: the agreement with its Markdown body and signature page, and the form with its drop-downs.
        _ = try? WordRenderer().agreement(source)
        _ = try? WordRenderer().deviationForm(source)
        compare(Array(bytes.prefix(bytes.count / 2)), with: checked.file, validator: validator)
    }

    /// The input as a revision of its own first half: the comparison and its three outputs.
    static func compare(_ half: [UInt8], with new: CheckedFile, validator: Validator) {
        let older = CheckedFile.parse(bytes: half, path: "old.md", validator: validator)
        let comparison = AgreementComparison(
            old: AgreementComparison.Version(label: "old.md", parsed: older.parsed, diagnostics: older.diagnostics),
            new: AgreementComparison.Version(label: "fuzz.md", parsed: new.parsed, diagnostics: new.diagnostics),
            ruleSet: RuleSet.builtIn(named: "bus-2012")!)
        _ = ComparisonTextFormatter().format(comparison, language: .swedish)
        _ = ComparisonJSONFormatter().format(comparison, language: .swedish)
        if let html = try? renderer.comparison(comparison), let problem = HTMLValidator.problems(in: html).first {
            fatalError("broken HTML in the comparison: \(problem)")
        }
    }
}

/// libFuzzer's entry point (built with `-sanitize=fuzzer`; see `make fuzz`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point under this name; in a fuzzing build it hands over to
/// libFuzzer's driver, which parses libFuzzer's own options (`-max_total_time`, corpus folders…).
@_cdecl("bus_docs_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#endif
