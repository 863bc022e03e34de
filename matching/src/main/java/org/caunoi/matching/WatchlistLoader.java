package org.caunoi.matching;

import java.nio.file.Path;

/**
 * Loads watchlist entries from the formats CauNoi screens against: the OFAC SDN CSV folder, the UN
 * consolidated list XML and CauNoi's own CSV. In {@link LoadMode#STRICT} mode any malformed line
 * or element fails the load with a {@link WatchlistLoadException} naming file and line.
 */
public final class WatchlistLoader {

    private WatchlistLoader() {
    }

    /** A folder with {@code sdn.csv}, {@code alt.csv} and optionally {@code add.csv}, or the same with an {@code ofac-} prefix. */
    public static LoadResult ofac(Path folder, LoadMode mode) {
        return OfacReader.read(folder, mode);
    }

    public static LoadResult unXml(Path file, LoadMode mode) {
        return UnXmlReader.read(file, mode);
    }

    /** CauNoi's CSV, {@code entry_id,name,type,country,dob,identifier}; entries go to list {@code list}. */
    public static LoadResult csv(Path file, String list, LoadMode mode) {
        return OwnCsvReader.read(file, list, mode);
    }

    /** Reads a command-line list spec: {@code ofac:DIR}, {@code un:FILE} or {@code csv:FILE}. */
    public static LoadResult load(String spec, LoadMode mode) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("list '" + spec + "' must be ofac:DIR, un:FILE or csv:FILE");
        }
        Path path = Path.of(spec.substring(colon + 1));
        return switch (spec.substring(0, colon)) {
            case "ofac" -> ofac(path, mode);
            case "un" -> unXml(path, mode);
            case "csv" -> csv(path, fileStem(path), mode);
            default -> throw new IllegalArgumentException("list '" + spec + "' must be ofac:DIR, un:FILE or csv:FILE");
        };
    }

    private static String fileStem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
