package dev.floe.frame.differential;

import dev.floe.frame.Aggregation;
import dev.floe.frame.JoinKind;
import dev.floe.core.DType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random tables and random pipelines over them. Tables have int64, float64 (with ±inf), string
 * (non-ASCII, supplementary characters, quotes, commas, newlines, long values), date and bool
 * columns, each with a distribution — wide, few values, skewed to one value, or (int64) near 2^53
 * where doubles lose integers — and a share of missing values from none to all; rows are cut into
 * 1 to 64 partitions, some empty.
 *
 * <p>An empty string cannot be told from a missing value in CSV (pandas reads both as missing),
 * so empty strings appear as missing values. Date-time columns are not generated yet.
 */
final class Generator {
  /** The greatest magnitude of generated float64 values. */
  static final long FLOAT_BOUND = 1_000_000;
  private static final long BIG = 1L << 53;
  private static final String[] FEW_TEXTS = {"a", "b", "B", "ab", "é", "日本", "\uD835\uDD18",
      "\uFB00", "a,b", "q\"q", "line\nbreak", " sp ", "Z"};
  private static final String ALPHABET = "abcXYZ019 ,\"é日\uFB00";

  private final Random random;

  Generator(Random random) {
    this.random = random;
  }

  /** A table named {@code name}; {@code shared} columns (may be empty) are generated alike. */
  Data table(String name, List<Shape.Col> shared, String prefix) {
    List<Shape.Col> columns = new ArrayList<>();
    List<ValueSource> sources = new ArrayList<>();
    for (Shape.Col col : shared) {
      ValueSource source = source(col.type(), sharedSeed(col.name()));
      columns.add(new Shape.Col(col.name(), col.type(), source.missing > 0, source.nonFinite,
          source.bound));
      sources.add(source);
    }
    int width = 2 + random.nextInt(5);
    DType[] types = {DType.INT64, DType.FLOAT64, DType.STRING, DType.DATE, DType.BOOL};
    for (int c = 0; c < width; c++) {
      DType type = types[random.nextInt(types.length)];
      String columnName = prefix + type.toString().charAt(0) + c;
      ValueSource source = source(type, sharedSeed(columnName));
      columns.add(new Shape.Col(columnName, type, source.missing > 0, source.nonFinite,
          source.bound));
      sources.add(source);
    }
    int rows = switch (random.nextInt(5)) {
      case 0 -> random.nextInt(5);
      case 1, 2 -> random.nextInt(60);
      default -> random.nextInt(600);
    };
    List<Object[]> values = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      Object[] row = new Object[columns.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = sources.get(c).next(random);
      }
      values.add(row);
    }
    int partitions = random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(random.nextBoolean() ? 8 : 64);
    return new Data(name, columns, values, Data.cut(rows, partitions, random));
  }

  /** Columns of the same name draw from the same pools in both tables, so that joins match. */
  private long sharedSeed(String name) {
    return name.hashCode();
  }

  /** How one column's values are drawn. */
  private ValueSource source(DType type, long seed) {
    Random pools = new Random(seed ^ random.nextInt(3)); // few pools per name: overlapping keys
    double missing = switch (random.nextInt(6)) {
      case 0, 1 -> 0;
      case 2 -> 0.05;
      case 3 -> 0.3;
      case 4 -> 0.9;
      default -> random.nextInt(4) == 0 ? 1 : 0.1;
    };
    int distribution = random.nextInt(4);
    List<Object> few = new ArrayList<>();
    for (int i = 0; i < 2 + pools.nextInt(6); i++) {
      few.add(wide(type, pools));
    }
    boolean infinities = type == DType.FLOAT64 && random.nextInt(3) == 0;
    long bound = type == DType.INT64 ? (distribution == 3 ? BIG + 10 : FLOAT_BOUND)
        : type == DType.FLOAT64 ? FLOAT_BOUND : 0;
    return new ValueSource(type, missing, distribution, few, infinities, bound);
  }

  private Object wide(DType type, Random r) {
    return switch (type) {
      case INT64 -> (long) (r.nextInt(2_000_001) - 1_000_000) / (r.nextBoolean() ? 1 : 1000);
      case FLOAT64 -> r.nextInt(4) == 0 ? (r.nextDouble() - 0.5) * 2 * FLOAT_BOUND
          : (r.nextInt(200_001) - 100_000) / 100.0;
      case BOOL -> r.nextBoolean();
      case DATE -> LocalDate.of(1990, 1, 1).plusDays(r.nextInt(15_000));
      case STRING -> text(r);
      case DATETIME -> throw new IllegalArgumentException("no date-times yet");
      case INT32, FLOAT32 -> throw type.notAFrameType("a frame column");
    };
  }

  private String text(Random r) {
    int kind = r.nextInt(10);
    if (kind < 5) {
      return FEW_TEXTS[r.nextInt(FEW_TEXTS.length)];
    }
    int length = kind == 9 ? 50 + r.nextInt(300) : 1 + r.nextInt(8);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  /** One column's distribution. */
  private final class ValueSource {
    final DType type;
    final double missing;
    final int distribution; // 0 wide, 1 few values, 2 skewed, 3 near 2^53 (int64)
    final List<Object> few;
    final boolean nonFinite;
    final long bound;

    ValueSource(DType type, double missing, int distribution, List<Object> few,
        boolean nonFinite, long bound) {
      this.type = type;
      this.missing = missing;
      this.distribution = distribution;
      this.few = few;
      this.nonFinite = nonFinite;
      this.bound = bound;
    }

    Object next(Random r) {
      if (missing > 0 && r.nextDouble() < missing) {
        return null;
      }
      if (nonFinite && r.nextInt(10) == 0) {
        return r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      }
      if (type == DType.FLOAT64 && r.nextInt(30) == 0) {
        return r.nextBoolean() ? -0.0 : 0.0;
      }
      return switch (distribution) {
        case 0 -> wide(type, r);
        case 1 -> few.get(r.nextInt(few.size()));
        case 2 -> r.nextInt(10) < 8 ? few.get(0) : wide(type, r);
        default -> type == DType.INT64 ? (r.nextBoolean() ? BIG : -BIG) + r.nextInt(7) - 3
            : few.get(r.nextInt(few.size()));
      };
    }
  }

  /** A pipeline of up to four steps and a result over {@code t} (and {@code u} for merges). */
  Pipeline pipeline(Data t, Data u, ExprGenerator.Values values) {
    ExprGenerator exprs = new ExprGenerator(random, values);
    Shape shape = new Shape(t.columns(), true, false);
    List<Op> ops = new ArrayList<>();
    int steps = random.nextInt(5);
    for (int attempt = 0; ops.size() < steps && attempt < 20; attempt++) {
      try {
        Op op = op(shape, u, exprs);
        shape = op.shape(shape);
        ops.add(op);
      } catch (Shape.Invalid invalid) {
        // another step instead
      }
    }
    for (int attempt = 0; ; attempt++) {
      Terminal terminal = attempt > 30 ? new Terminal.Compute() : terminal(shape, exprs);
      try {
        terminal.check(shape);
        return new Pipeline(ops, terminal);
      } catch (Shape.Invalid invalid) {
        // another result instead
      }
    }
  }

  private Op op(Shape shape, Data u, ExprGenerator exprs) {
    List<String> names = shape.names();
    String any = names.get(random.nextInt(names.size()));
    return switch (random.nextInt(13)) {
      case 0 -> new Op.Select(subset(names, 1));
      case 1, 2 -> new Op.Filter(exprs.condition(shape, 2));
      case 3, 4 -> new Op.WithColumn(random.nextInt(3) == 0 ? any : "w" + random.nextInt(3),
          exprs.value(shape));
      case 5 -> {
        DType[] to = {DType.FLOAT64, DType.INT64, DType.STRING};
        yield new Op.AsType(any, to[random.nextInt(to.length)]);
      }
      case 6 -> {
        Shape.Col col = shape.col(any);
        Object value = switch (col.type()) {
          case INT64 -> random.nextBoolean() ? (Object) (long) random.nextInt(10) : (Object) 0.5;
          case FLOAT64 -> random.nextBoolean() ? (Object) 1.5 : (Object) 7L;
          case STRING -> exprs.constantFor(col);
          case BOOL -> random.nextBoolean();
          default -> LocalDate.of(2000, 1, 1);
        };
        yield new Op.FillNa(any, value);
      }
      case 7 -> new Op.DropNa(random.nextBoolean() ? List.of() : subset(names, 1));
      case 8 -> new Op.MapPartitions(List.of("identity", "copy", "double").get(random.nextInt(3)),
          any);
      case 9 -> random.nextBoolean() ? new Op.Repartition(1 + random.nextInt(9))
          : new Op.SortValues(any, random.nextBoolean());
      case 10 -> new Op.DropDuplicates(random.nextBoolean() ? List.of() : subset(names, 1));
      case 11 -> {
        List<String> shared = names.stream()
            .filter(n -> u.columns().stream().anyMatch(c -> c.name().equals(n))).toList();
        if (shared.isEmpty()) {
          throw new Shape.Invalid("no shared column");
        }
        JoinKind how = JoinKind.values()[random.nextInt(JoinKind.values().length)];
        yield new Op.Merge(u.columns(), how, subset(shared, 1));
      }
      default -> {
        Shape.Col col = shape.col(any);
        Object from = exprs.constantFor(col);
        Object to = exprs.constantFor(col);
        if (random.nextInt(4) == 0) {
          yield new Op.SetIndexLoc(any, from, null, true);
        }
        if (dev.floe.frame.kernel.Keys.compare(from, to) > 0) {
          Object swap = from;
          from = to;
          to = swap;
        }
        yield new Op.SetIndexLoc(any, random.nextInt(5) == 0 ? null : from,
            random.nextInt(5) == 0 ? null : to, false);
      }
    };
  }

  private Terminal terminal(Shape shape, ExprGenerator exprs) {
    List<String> names = shape.names();
    String any = names.get(random.nextInt(names.size()));
    List<Shape.Col> numeric = shape.numeric();
    String number = numeric.isEmpty() ? any : numeric.get(random.nextInt(numeric.size())).name();
    // the aggregations of the first tester; later ones are added by hash (below), so that
    // the seeds of earlier runs keep their pipelines
    Aggregation[] all = Arrays.stream(Aggregation.values())
        .filter(a -> a != Aggregation.MEDIAN).toArray(Aggregation[]::new);
    return switch (random.nextInt(12)) {
      case 0, 1 -> new Terminal.Compute();
      case 2 -> new Terminal.Head(random.nextInt(30));
      case 3 -> new Terminal.Length();
      case 4 -> new Terminal.Reduce(number, all[random.nextInt(all.length)] == Aggregation.SIZE
          ? Aggregation.COUNT : List.of(Aggregation.MEAN, Aggregation.SUM, Aggregation.MIN,
              Aggregation.MAX, Aggregation.STD, Aggregation.VAR, Aggregation.COUNT)
              .get(random.nextInt(7)));
      case 5, 6, 7, 8 -> {
        List<String> keys = subset(names, 1 + random.nextInt(Math.min(3, names.size())));
        // sorted or not, drawn from the keys so that the seeds of earlier runs keep their pipelines
        boolean sort = Math.floorMod(keys.hashCode(), 3) != 0;
        if (random.nextInt(4) == 0) {
          yield new Terminal.GroupAgg(keys, random.nextBoolean(), sort, null, List.of(), null);
        }
        int variant = Math.floorMod(13 * keys.hashCode() + number.hashCode(), 10);
        if (variant < 2) {
          // two columns per group (corr, cov) or the top values of each (nlargest, nsmallest)
          String other = numeric.stream().map(Shape.Col::name)
              .filter(n -> !n.equals(number) && !keys.contains(n)).findFirst().orElse(number);
          int kind = Math.floorMod(keys.hashCode() + 7 * number.hashCode(), 4);
          yield kind < 2
              ? new Terminal.GroupCoMoments(keys, random.nextBoolean(), sort, number, other,
                  kind == 0)
              : new Terminal.GroupTop(keys, random.nextBoolean(), sort, number,
                  kind == 2 ? 1 + random.nextInt(3) : -(1 + random.nextInt(3)));
        }
        List<Aggregation> aggregations = new ArrayList<>(List.of(all));
        Collections.shuffle(aggregations, random);
        // a second column aggregated in the same pass, chosen without drawing (see sort)
        String second = Math.floorMod(31 * keys.hashCode() + number.hashCode(), 4) != 0 ? null
            : numeric.stream().map(Shape.Col::name)
                .filter(n -> !n.equals(number) && !keys.contains(n)).findFirst().orElse(null);
        List<Aggregation> chosen = new ArrayList<>(
            aggregations.subList(0, 1 + random.nextInt(random.nextBoolean() ? 2 : all.length)));
        if (variant < 5) {
          // the exact median (kept values), first or last among the aggregations
          chosen.add(variant % 2 == 0 ? 0 : chosen.size(), Aggregation.MEDIAN);
        }
        yield new Terminal.GroupAgg(keys, random.nextBoolean(), sort, number, chosen, second);
      }
      case 9 -> new Terminal.ValueCounts(any, random.nextBoolean());
      case 10 -> new Terminal.Nunique(any, random.nextBoolean());
      default -> new Terminal.FrameAggregate(List.of(Aggregation.MEAN, Aggregation.SUM,
          Aggregation.MIN, Aggregation.MAX, Aggregation.STD, Aggregation.VAR,
          Aggregation.COUNT).get(random.nextInt(7)));
    };
  }

  /** A few of {@code names} (at least {@code least}, in a random order). */
  private List<String> subset(List<String> names, int least) {
    List<String> shuffled = new ArrayList<>(names);
    Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, Math.min(names.size(),
        least + random.nextInt(Math.max(1, names.size() - least + 1)))));
  }
}
