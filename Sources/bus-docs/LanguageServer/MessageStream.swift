import Foundation
import BUSDocsKit

/// LSP's base protocol on a pair of file descriptors: `Content-Length:` headers, a blank line, then
/// that many bytes of JSON.
struct MessageStream {
    enum Frame: Equatable {
        case message(Data)
        /// Headers without a usable `Content-Length`: the frame is answered with a parse error.
        case badHeader(String)
    }

    private let input: FileHandle
    private let output: FileHandle
    private var buffer = Data()
    /// The largest message accepted; a longer one is refused without reading it into memory.
    static let maximumLength = 64 << 20

    init(input: FileHandle, output: FileHandle) {
        self.input = input
        self.output = output
    }

    /// The next frame, or nil at the end of input.
    mutating func read() -> Frame? {
        var headers: [String: String] = [:]
        while true {
            guard let line = readLine() else { return nil }
            if line.isEmpty {
                if headers.isEmpty { continue }
                break
            }
            guard let colon = line.firstIndex(of: ":") else { return .badHeader(line) }
            headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
            return .badHeader("Content-Length: \(headers["content-length"] ?? "missing")")
        }
        guard length <= Self.maximumLength else {
            skip(length)
            return .badHeader("Content-Length: \(length) is over the limit of \(Self.maximumLength)")
        }
        guard let body = readBytes(length) else { return nil }
        return .message(body)
    }

    /// Whether a write failed: the client no longer reads (an editor closed or killed), so nothing more
    /// can be answered.
    private(set) var outputClosed = false

    mutating func write(_ message: JSONValue) {
        guard !outputClosed else { return }
        let body = message.data
        do {
            try output.write(contentsOf: Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
        } catch {
            outputClosed = true
        }
    }

    /// A header line without its CRLF (a bare LF is accepted too).
    private mutating func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                var line = buffer[buffer.startIndex..<newline]
                if line.last == 13 { line = line.dropLast() }
                buffer = Data(buffer[(newline + 1)...])
                return String(decoding: line, as: UTF8.self)
            }
            guard fill() else { return nil }
        }
    }

    private mutating func readBytes(_ count: Int) -> Data? {
        while buffer.count < count {
            guard fill() else { return nil }
        }
        let body = Data(buffer.prefix(count))
        buffer = Data(buffer.dropFirst(count))
        return body
    }

    private mutating func skip(_ count: Int) {
        var left = count
        while left > 0 {
            if buffer.isEmpty, !fill() { return }
            let taken = min(left, buffer.count)
            buffer = Data(buffer.dropFirst(taken))
            left -= taken
        }
    }

    /// More bytes from the input; false at its end.
    private mutating func fill() -> Bool {
        let chunk = PipeIO.readSome(input)
        if chunk.isEmpty { return false }
        buffer.append(chunk)
        return true
    }
}
