package dev.floe.array.kernel;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A chain of elementwise operations over input blocks, evaluated in one task per chunk: the
 * planner fuses {@code (x - m) / s + 1} into one expression instead of three tasks.
 */
public sealed interface BlockExpr extends Serializable {

  /** The result for the given input blocks (indexed by {@link Input#index()}). */
  Dense evaluate(Dense[] inputs);

  /** The same expression with every input replaced by {@code replace.apply(input)}. */
  BlockExpr substitute(UnaryOperator<BlockExpr> replace);

  /** Task-name text: the outermost operations, e.g. {@code add-multiply}. */
  String describe();

  /** The {@code index}-th input block. */
  record Input(int index) implements BlockExpr {
    @Override
    public Dense evaluate(Dense[] inputs) {
      return inputs[index];
    }

    @Override
    public BlockExpr substitute(UnaryOperator<BlockExpr> replace) {
      return replace.apply(this);
    }

    @Override
    public String describe() {
      return "";
    }
  }

  /** A scalar operand, held as a 0-dimensional block. */
  record Constant(Dense value) implements BlockExpr {
    @Override
    public Dense evaluate(Dense[] inputs) {
      return value;
    }

    @Override
    public BlockExpr substitute(UnaryOperator<BlockExpr> replace) {
      return this;
    }

    @Override
    public String describe() {
      return "";
    }
  }

  /** An elementwise function of sub-expressions. */
  record Apply(ElementwiseOp op, List<BlockExpr> args) implements BlockExpr {
    /** Copies the operands. */
    public Apply {
      args = List.copyOf(args);
    }

    @Override
    public Dense evaluate(Dense[] inputs) {
      Dense[] operands = new Dense[args.size()];
      for (int i = 0; i < operands.length; i++) {
        operands[i] = args.get(i).evaluate(inputs);
      }
      return op.apply(operands);
    }

    @Override
    public BlockExpr substitute(UnaryOperator<BlockExpr> replace) {
      return new Apply(op, args.stream().map(arg -> arg.substitute(replace)).toList());
    }

    @Override
    public String describe() {
      for (BlockExpr arg : args) {
        String inner = arg.describe();
        if (!inner.isEmpty()) {
          return op.numpyName() + "-" + inner.split("-")[0];
        }
      }
      return op.numpyName();
    }
  }

  /** numpy's {@code astype}. */
  record Cast(DType type, BlockExpr arg) implements BlockExpr {
    @Override
    public Dense evaluate(Dense[] inputs) {
      return Casting.astype(arg.evaluate(inputs), type);
    }

    @Override
    public BlockExpr substitute(UnaryOperator<BlockExpr> replace) {
      return new Cast(type, arg.substitute(replace));
    }

    @Override
    public String describe() {
      return "astype";
    }
  }
}
