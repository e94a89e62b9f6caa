package dev.forgery.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.fixtures.Person;
import dev.forgery.fixtures.objects.CustomerBean;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assemblies that make objects: constant hidden classes, and the plain handle path. */
class AssemblyTest {
  /** A record whose constructor checks its argument. */
  record Checked(String name, int size) {
    Checked {
      if (size < 0) {
        throw new IllegalArgumentException("size must be >= 0, got " + size);
      }
    }
  }

  /** A bean with a setter that checks its argument. */
  static final class CheckedBean {
    String name;
    int size;

    public void setName(String name) {
      this.name = name;
    }

    public void setSize(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("size must be >= 0, got " + size);
      }
      this.size = size;
    }
  }

  /** The record's constructor taking and returning {@code Object}s. */
  private static MethodHandle checkedConstructor() throws ReflectiveOperationException {
    return MethodHandles.lookup()
        .findConstructor(Checked.class, MethodType.methodType(void.class, String.class, int.class))
        .asType(MethodType.genericMethodType(2));
  }

  /** The same values as {@code rows} columns, the given row holding {@code values}. */
  private static Object[][] columns(Object[] values, int rows, int row) {
    Object[][] columns = new Object[values.length][rows];
    for (int k = 0; k < values.length; k++) {
      java.util.Arrays.fill(columns[k], k == 1 ? (Object) 99 : "other");
      columns[k][row] = values[k];
    }
    return columns;
  }

  private static Assembly checkedBean(boolean constant) throws ReflectiveOperationException {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodType write = MethodType.methodType(void.class, Object.class, Object.class);
    MethodHandle constructor =
        lookup
            .findConstructor(CheckedBean.class, MethodType.methodType(void.class))
            .asType(MethodType.methodType(Object.class));
    MethodHandle[] setters = {
      lookup
          .findVirtual(
              CheckedBean.class, "setName", MethodType.methodType(void.class, String.class))
          .asType(write),
      lookup
          .findVirtual(CheckedBean.class, "setSize", MethodType.methodType(void.class, int.class))
          .asType(write),
    };
    Assembly assembly = Assembly.bySetters(constructor, setters);
    assertThat(assembly.getClass().isHidden()).isTrue();
    if (constant) {
      return assembly;
    }
    // The same composition through the plain path, for comparison.
    return new Assembly.Handle(
        Assembly.setterHandle(constructor, setters, Assembly.Source.VALUES),
        Assembly.setterHandle(constructor, setters, Assembly.Source.COLUMNS));
  }

  @Test
  void recordsBeansAndFieldClassesGetConstantHiddenAssemblies() {
    for (Class<?> type : List.of(Person.class, CustomerBean.class, CheckedBean.class)) {
      Assembly assembly = Blueprint.of(type).assembly();
      assertThat(assembly).as(type.getName()).isNotInstanceOf(Assembly.Handle.class);
      assertThat(assembly.getClass().isHidden()).as(type.getName()).isTrue();
    }
  }

  @Test
  void blueprintsAreAnalysedOncePerClass() {
    assertThat(Blueprint.of(Person.class)).isSameAs(Blueprint.of(Person.class));
  }

  @Test
  void constantAndHandlePathsMakeEqualObjectsAndPassOnChecks() throws Exception {
    MethodHandle constructor = checkedConstructor();
    Assembly constant = Assembly.byConstructor(constructor);
    Assembly handle =
        new Assembly.Handle(
            Assembly.Source.VALUES.gather(constructor),
            Assembly.Source.COLUMNS.gather(constructor));
    assertThat(constant.getClass().isHidden()).isTrue();
    Object[] values = {"a", 3};
    for (Assembly a : List.of(constant, handle)) {
      assertThat(a.make(values)).isEqualTo(new Checked("a", 3));
      assertThat(a.make(columns(values, 5, 3), 3)).isEqualTo(new Checked("a", 3));
      assertThatThrownBy(() -> a.make(new Object[] {"a", -1}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("size must be >= 0, got -1");
      assertThatThrownBy(() -> a.make(columns(new Object[] {"a", -1}, 4, 0), 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("size must be >= 0, got -1");
    }
  }

  @Test
  void setterAssembliesCallEverySetterInOrderOnBothPaths() throws Exception {
    for (boolean constant : new boolean[] {true, false}) {
      Assembly assembly = checkedBean(constant);
      CheckedBean bean = (CheckedBean) assembly.make(new Object[] {"x", 7});
      assertThat(bean.name).isEqualTo("x");
      assertThat(bean.size).isEqualTo(7);
      CheckedBean fromRow = (CheckedBean) assembly.make(columns(new Object[] {"y", 8}, 3, 2), 2);
      assertThat(fromRow.name).isEqualTo("y");
      assertThat(fromRow.size).isEqualTo(8);
      assertThatThrownBy(() -> assembly.make(new Object[] {"x", -2}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("size must be >= 0, got -2");
      assertThatThrownBy(() -> assembly.make(columns(new Object[] {"x", -2}, 3, 1), 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("size must be >= 0, got -2");
    }
  }

  /** A class made by a constructor that takes its name, with a setter for its size. */
  static final class Named {
    final String name;
    int size;

    Named(String name) {
      this.name = name;
    }

    public void setSize(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("size must be >= 0, got " + size);
      }
      this.size = size;
    }
  }

  @Test
  void aConstructorThenSettersReadsEachValueOnce() throws Exception {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodHandle constructor =
        lookup
            .findConstructor(Named.class, MethodType.methodType(void.class, String.class))
            .asType(MethodType.genericMethodType(1));
    MethodHandle[] setters = {
      lookup
          .findVirtual(Named.class, "setSize", MethodType.methodType(void.class, int.class))
          .asType(MethodType.methodType(void.class, Object.class, Object.class))
    };
    Assembly assembly = Assembly.byConstructor(constructor, setters);
    assertThat(assembly.getClass().isHidden()).isTrue();
    assertThat(assembly.make(new Object[] {"x", 7}))
        .extracting("name", "size")
        .containsExactly("x", 7);
    assertThat(assembly.make(columns(new Object[] {"y", 8}, 3, 2), 2))
        .extracting("name", "size")
        .containsExactly("y", 8);
    assertThatThrownBy(() -> assembly.make(new Object[] {"x", -2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size must be >= 0, got -2");
  }

  @Test
  void checkedExceptionsAreWrappedAndErrorsPassedOn() {
    assertThat(Assembly.rethrow(new java.io.IOException("io")))
        .isInstanceOf(IllegalStateException.class)
        .hasCauseInstanceOf(java.io.IOException.class);
    assertThatThrownBy(() -> Assembly.rethrow(new StackOverflowError()))
        .isInstanceOf(StackOverflowError.class);
  }

  @Test
  void aHandleOfTheWrongTypeIsRefused() throws Exception {
    MethodHandle wrong = MethodHandles.identity(Object.class);
    MethodHandle constructor = checkedConstructor();
    MethodHandle make = Assembly.Source.VALUES.gather(constructor);
    MethodHandle makeRow = Assembly.Source.COLUMNS.gather(constructor);
    assertThatThrownBy(() -> Assembly.of(wrong, makeRow))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(Object[])Object")
        .hasMessageContaining("(Object)Object");
    assertThatThrownBy(() -> Assembly.of(make, wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(Object[][],int)Object")
        .hasMessageContaining("(Object)Object");
    assertThatThrownBy(
            () ->
                Assembly.byConstructor(
                    constructor.asType(constructor.type().changeParameterType(1, int.class))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(Object,int)Object");
  }
}
