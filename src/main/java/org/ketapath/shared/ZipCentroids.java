package org.ketapath.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The US ZIP code tabulation areas with their state, city and internal point, from
 * {@code data/us-zip-centroids.csv} (US Census 2021 Gazetteer; provenance in {@code data/README.md}).
 */
@Component
public class ZipCentroids {

    static final String RESOURCE = "/data/us-zip-centroids.csv";

    private final Map<String, ZipCentroid> byZip;
    private final List<ZipCentroid> all;

    public ZipCentroids() {
        this(read());
    }

    ZipCentroids(List<ZipCentroid> centroids) {
        Map<String, ZipCentroid> map = new HashMap<>(centroids.size() * 2);
        centroids.forEach(c -> map.put(c.zip().value(), c));
        this.byZip = Collections.unmodifiableMap(map);
        this.all = List.copyOf(centroids);
    }

    /** The centroid of a ZIP code, if it is known. */
    public Optional<ZipCentroid> find(ZipCode zip) {
        return Optional.ofNullable(byZip.get(zip.value()));
    }

    /** The centroid of a ZIP code; an unknown ZIP is an {@link UnknownZipCodeException}, never (0,0). */
    public ZipCentroid get(ZipCode zip) {
        ZipCentroid centroid = byZip.get(zip.value());
        if (centroid == null) {
            throw new UnknownZipCodeException(zip);
        }
        return centroid;
    }

    /** Every known ZIP centroid, in ZIP order. */
    public List<ZipCentroid> all() {
        return all;
    }

    private static List<ZipCentroid> read() {
        try (InputStream in = ZipCentroids.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<ZipCentroid> result = new ArrayList<>(34_000);
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    result.add(parse(line));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ZipCentroid parse(String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 5) {
            throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
        }
        return new ZipCentroid(
                new ZipCode(cells[0]),
                UsState.of(cells[1]),
                cells[2].replace("\"", ""),
                Double.parseDouble(cells[3]),
                Double.parseDouble(cells[4]));
    }
}
