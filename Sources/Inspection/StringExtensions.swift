import Foundation

extension StringProtocol {
    func trimmingCharacters(in set: String) -> Substring {
        let trimmedStart = drop { set.contains($0) }
        var end = trimmedStart.endIndex
        while end > trimmedStart.startIndex, set.contains(trimmedStart[trimmedStart.index(before: end)]) {
            end = trimmedStart.index(before: end)
        }
        return Substring(trimmedStart[trimmedStart.startIndex..<end])
    }
}
