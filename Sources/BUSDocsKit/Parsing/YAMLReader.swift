import CYaml

/// The one reading of YAML that is not the fast path: libyaml's event stream, read once, composed into a
/// `YAMLNode` tree as it goes. Anchors, aliases and tags are refused at the event that carries them, and
/// the tree has a budget of nodes and depth, so no input costs more than one linear pass; the only file
/// that speaks to libyaml.
enum YAMLReader {
    /// At most this many nodes and this deep: agreements have a few hundred nodes, nested five deep.
    static let maximumNodes = 100_000
    static let maximumDepth = 64

    /// The tree of `yaml`, whose first line is file line `firstLine`; nil for an empty stream.
    static func read(_ yaml: String, firstLine: Int) -> Result<YAMLNode?, YAMLProblem> {
        let bytes = Array(yaml.utf8)
        let positions = TextPositions(bytes, firstLine: firstLine)
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(YAMLProblem(.syntax(YAMLMessages.outOfMemory), at: positions.location(ofScalar: 0)))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var composer = Composer(positions: positions)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(problem(of: parser, positions: positions))
                }
                defer { yaml_event_delete(&event) }
                switch composer.take(event) {
                case .more: continue
                case .done(let root): return .success(root)
                case .refused(let problem): return .failure(problem)
                }
            }
        }
    }

    /// libyaml's error, at its own mark, in words a person can act on.
    private static func problem(of parser: yaml_parser_t, positions: TextPositions) -> YAMLProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        let context = parser.context.map { String(cString: $0) }
        switch parser.error {
        case YAML_READER_ERROR:
            return YAMLProblem(.syntax(YAMLMessages.translate(problem: problem, context: nil)),
                               at: positions.location(ofByte: Int(parser.problem_offset)))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let index = Int(parser.problem_mark.index)
            if problem.hasPrefix("Maximum nesting level") { return YAMLProblem(.tooDeep, at: positions.location(ofScalar: index)) }
            // A quote never closed runs to the end of the front matter: the line to fix is where it opens.
            if problem.hasPrefix("found unexpected end of stream"), context?.contains("quoted scalar") == true {
                return YAMLProblem(.syntax(YAMLMessages.unclosedQuote), at: positions.location(ofScalar: Int(parser.context_mark.index)))
            }
            // A `[` or `{` never closed is found where libyaml gives up, often lines later: the place
            // to fix is the bracket that opens it.
            // When libyaml stops on the bracket's own line, the bracket may well be closed: a comma is missing.
            if problem.hasPrefix("did not find expected ',' or"), context?.contains("flow") == true {
                if parser.problem_mark.line == parser.context_mark.line {
                    return YAMLProblem(.syntax(YAMLMessages.missingComma), at: positions.location(ofScalar: index))
                }
                return YAMLProblem(.syntax(YAMLMessages.translate(problem: problem, context: context)),
                                   at: positions.location(ofScalar: Int(parser.context_mark.index)))
            }
            return YAMLProblem(.syntax(YAMLMessages.translate(problem: problem, context: context, character: positions.scalar(at: index))),
                               at: positions.location(ofScalar: index))
        default:
            return YAMLProblem(.syntax(YAMLMessages.outOfMemory), at: positions.location(ofScalar: 0))
        }
    }

    /// Builds the tree from events, one at a time, with an explicit stack: no recursion on deep input.
    private struct Composer {
        let positions: TextPositions
        private var stack: [Open] = []
        private var root: YAMLNode?
        private var nodes = 0
        private var documents = 0

        init(positions: TextPositions) {
            self.positions = positions
        }

        /// A collection being read: its start, and its items (a mapping's alternate key and value).
        private struct Open {
            var isMapping: Bool
            var location: SourceLocation
            var items: [YAMLNode] = []
        }

        enum Step {
            case more
            case done(YAMLNode?)
            case refused(YAMLProblem)
        }

        mutating func take(_ event: yaml_event_t) -> Step {
            let at = positions.location(ofScalar: Int(event.start_mark.index))
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .done(root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return .refused(YAMLProblem(.syntax(YAMLMessages.secondDocument), at: at)) }
                let directives = event.data.document_start.tag_directives
                if event.data.document_start.version_directive != nil || directives.start != directives.end {
                    return .refused(YAMLProblem(.directive, at: at))
                }
                return .more
            case YAML_ALIAS_EVENT:
                return .refused(YAMLProblem(.anchorOrAlias, at: at))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if let refusal = refusal(anchor: scalar.anchor, tag: scalar.tag, at: at) { return .refused(refusal) }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                return add(.scalar(text, quoted: scalar.style != YAML_PLAIN_SCALAR_STYLE && scalar.style != YAML_ANY_SCALAR_STYLE, at), at: at)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                if let refusal = refusal(anchor: anchor, tag: tag, at: at) { return .refused(refusal) }
                if let refusal = count(at: at) { return .refused(refusal) }
                if stack.count >= YAMLReader.maximumDepth { return .refused(YAMLProblem(.tooDeep, at: at)) }
                stack.append(Open(isMapping: isMapping, location: at))
                return .more
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let open = stack.popLast() else { return .more }
                let node: YAMLNode
                if open.isMapping {
                    let entries = stride(from: 0, to: open.items.count - 1, by: 2).map { YAMLEntry(key: open.items[$0], value: open.items[$0 + 1]) }
                    node = .mapping(entries, open.location)
                } else {
                    node = .sequence(open.items, open.location)
                }
                return place(node)
            default:
                return .more
            }
        }

        private mutating func add(_ node: YAMLNode, at location: SourceLocation) -> Step {
            if let refusal = count(at: location) { return .refused(refusal) }
            return place(node)
        }

        private mutating func place(_ node: YAMLNode) -> Step {
            if stack.isEmpty {
                root = node
            } else {
                stack[stack.count - 1].items.append(node)
            }
            return .more
        }

        private mutating func count(at location: SourceLocation) -> YAMLProblem? {
            nodes += 1
            return nodes > YAMLReader.maximumNodes ? YAMLProblem(.tooManyNodes, at: location) : nil
        }

        /// A tag as it was written: libyaml expands `!!x` to `tag:yaml.org,2002:x`.
        private static func shorthand(_ tag: String) -> String {
            let prefix = "tag:yaml.org,2002:"
            return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
        }

        private func refusal(anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?, at location: SourceLocation) -> YAMLProblem? {
            if anchor != nil { return YAMLProblem(.anchorOrAlias, at: location) }
            if let tag { return YAMLProblem(.tag(Self.shorthand(String(cString: tag))), at: location) }
            return nil
        }
    }
}

/// Why YAML was refused, and where.
struct YAMLProblem: Error, Equatable {
    enum Kind: Equatable {
        case syntax(LocalizedText)
        case anchorOrAlias
        case tag(String)
        case directive
        case tooManyNodes
        case tooDeep
    }

    var kind: Kind
    var location: SourceLocation

    init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// File positions of offsets in a YAML text: lines end at LF only (libyaml also ends them at U+0085,
/// U+2028 and U+2029, so its own line numbers are not used), columns count Unicode scalars.
struct TextPositions {
    private let bytes: [UInt8]
    private let firstLine: Int
    /// The scalar index and the byte offset each line starts at.
    private var lineStarts: [(scalar: Int, byte: Int)] = [(0, 0)]
    /// Byte offsets to positions, as everywhere else.
    private let lineTable: LineTable

    init(_ bytes: [UInt8], firstLine: Int) {
        self.bytes = bytes
        self.firstLine = firstLine
        lineTable = LineTable(bytes)
        var scalar = 0
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            scalar += 1
            if byte == 10 { lineStarts.append((scalar, offset + 1)) }
        }
    }

    func location(ofScalar index: Int) -> SourceLocation {
        let line = lastLine { $0.scalar <= index }
        return SourceLocation(line: firstLine + line, column: index - lineStarts[line].scalar + 1)
    }

    func location(ofByte offset: Int) -> SourceLocation {
        lineTable.location(ofByte: offset, in: bytes[...], firstLine: firstLine)
    }

    /// The Unicode scalar at a scalar index, if there is one.
    func scalar(at index: Int) -> Unicode.Scalar? {
        let line = lastLine { $0.scalar <= index }
        var offset = lineStarts[line].byte, scalar = lineStarts[line].scalar
        while offset < bytes.count {
            if bytes[offset] & 0xC0 != 0x80 {
                if scalar == index { return String(decoding: bytes[offset...].prefix(4), as: UTF8.self).unicodeScalars.first }
                scalar += 1
            }
            offset += 1
        }
        return nil
    }

    /// The last line whose start satisfies `isAtOrBefore` (binary search; line starts are ordered).
    private func lastLine(where isAtOrBefore: ((scalar: Int, byte: Int)) -> Bool) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if isAtOrBefore(lineStarts[middle]) { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
