import BUSDocsKit
import Foundation
import Templates

/// The whole path a file takes — read → parse → validate → render — for one input. Anything other than
/// findings (a trap, a crash, a sanitizer report) is a bug.
enum FuzzTarget {
    static let renderer = DocumentRenderer(templates: try! TemplateSet.load())
    static let today = LocalDate(year: 2026, month: 11, day: 24)

    static func run(_ bytes: [UInt8]) {
        let parsed = AgreementParser.parse(bytes: bytes, path: "fuzz.md")
        let validator = Validator(today: today)
        let diagnostics = validator.validate(parsed)
        guard let agreement = parsed.agreement else { return }
        let source = DocumentSource(agreement: agreement, diagnostics: diagnostics, ruleSet: validator.ruleSet(for: agreement).0, slug: "fuzz")
        let site = SiteBuilder(renderer: renderer, today: today)
        if let files = try? site.files(for: [source]) {
            // Broken markup from fuzzed values would be a rendering bug: values are always escaped.
            if let broken = files.first(where: { $0.path.hasSuffix(".html") && !HTMLValidator.problems(in: $0.contents).isEmpty }) {
                fatalError("broken HTML in \(broken.path): \(HTMLValidator.problems(in: broken.contents))")
            }
        }
        for format in DocumentRenderer.Format.allCases {
            _ = try? renderer.deviationForm(source, format: format)
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
