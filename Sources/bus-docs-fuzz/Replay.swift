#if !FUZZING
import Foundation

/// Without libFuzzer: replays files (a corpus, a crash) through the fuzz target, one by one.
@main
struct Replay {
    static func main() {
        var replayed = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("bus-docs-fuzz: cannot read \(path)\n".utf8))
                exit(2)
            }
            FuzzTarget.run([UInt8](data))
            replayed += 1
        }
        print("\(replayed) inputs replayed without a crash")
    }
}
#endif
