/// An agreement file after reading and parsing: its text (when it is text), the model (when it has
/// front matter) and the findings made on the way.
public struct ParsedAgreement: Sendable {
    public var path: String
    public var source: SourceFile?
    public var agreement: Agreement?
    public var diagnostics: [Diagnostic]
}

/// read → parse → model: bytes in, `ParsedAgreement` out. Never throws and never traps on bad input.
public enum AgreementParser {
    public static func parse(bytes: [UInt8], path: String) -> ParsedAgreement {
        switch SourceDecoder.decode(bytes, path: path) {
        case .failure(let diagnostic):
            return ParsedAgreement(path: path, source: nil, agreement: nil, diagnostics: [diagnostic])
        case .success(let source):
            return parse(source)
        }
    }

    /// A file refused for its size before it is read.
    public static func tooLarge(path: String, size: Int) -> ParsedAgreement {
        let diagnostic = InputRule.tooLarge(size: size, limit: SourceDecoder.maximumFileSize)
        return ParsedAgreement(path: path, source: nil, agreement: nil, diagnostics: [diagnostic])
    }

    public static func parse(_ source: SourceFile) -> ParsedAgreement {
        var result = ParsedAgreement(path: source.path, source: source, agreement: nil, diagnostics: [])
        let split: FrontMatterSplit
        switch FrontMatterSplitter.split(source) {
        case .failure(let diagnostic):
            result.diagnostics = [diagnostic]
            return result
        case .success(let value):
            split = value
        }
        var agreement = Agreement()
        agreement.frontMatterRange = SourceRange(start: .fileStart, end: SourceLocation(line: split.closingLine, column: 1))
        agreement.body = BodyParser.parse(split.body, firstLine: split.bodyFirstLine)
        // Without a front matter tree there is no model to check: the one finding is why.
        switch YAMLTree.read(split.yaml, firstLine: 2) {
        case .failure(let problem):
            result.diagnostics = [problem.diagnostic]
        case .success(nil):
            result.diagnostics = [StructureRule.missingKey("bus-docs", at: .fileStart)]
        case .success(let root?):
            var decoder = AgreementDecoder()
            let decoded = decoder.decode(root, into: &agreement)
            result.diagnostics = decoder.reader.diagnostics
            result.agreement = decoded ? agreement : nil
        }
        return result
    }
}
