package dev.forgery.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Type variables bound through superclasses, and resolved types equal to the JDK's own. */
class TypesTest {
  static class Base<A> {
    List<A> items;
    A[] array;
    List<A>[] lists;
  }

  static class Middle<B> extends Base<B> {}

  static class Leaf extends Middle<String> {
    List<String> expected;
    List<String>[] expectedLists;
  }

  private static Type field(Class<?> c, String name) throws NoSuchFieldException {
    return c.getDeclaredField(name).getGenericType();
  }

  @Test
  void variablesAreBoundThroughEverySuperclass() throws NoSuchFieldException {
    Map<TypeVariable<?>, Type> bindings = Types.bindings(Leaf.class);
    assertThat(bindings).containsEntry(Base.class.getTypeParameters()[0], String.class);
    assertThat(bindings).containsEntry(Middle.class.getTypeParameters()[0], String.class);

    Type items = Types.resolve(field(Base.class, "items"), bindings);
    Type expected = field(Leaf.class, "expected");
    assertThat(items).isInstanceOf(ParameterizedType.class).isEqualTo(expected);
    assertThat(items.hashCode()).isEqualTo(expected.hashCode());
    assertThat(items.getTypeName()).isEqualTo("java.util.List<java.lang.String>");
    assertThat(((ParameterizedType) items).getOwnerType()).isNull();
    assertThat(items).isNotEqualTo(String.class);

    assertThat(Types.resolve(field(Base.class, "array"), bindings)).isEqualTo(String[].class);
    Type lists = Types.resolve(field(Base.class, "lists"), bindings);
    Type expectedLists = field(Leaf.class, "expectedLists");
    assertThat(lists).isInstanceOf(GenericArrayType.class).isEqualTo(expectedLists);
    assertThat(lists.hashCode()).isEqualTo(expectedLists.hashCode());
    assertThat(lists.getTypeName()).isEqualTo("java.util.List<java.lang.String>[]");
    assertThat(lists).isNotEqualTo(String[].class);
    assertThat(Types.raw(lists)).isEqualTo(List[].class);
    assertThat(Types.component(lists)).isEqualTo(expected);
  }

  @Test
  void unboundVariablesStayAndAreFound() throws NoSuchFieldException {
    Map<TypeVariable<?>, Type> none = Types.bindings(Base.class);
    assertThat(none).isEmpty();
    Type lists = Types.resolve(field(Base.class, "lists"), none);
    assertThat(Types.raw(lists)).isEqualTo(List[].class);
    assertThat(Types.unbound(lists)).isEqualTo(Base.class.getTypeParameters()[0]);
    assertThat(Types.raw(Types.resolve(field(Base.class, "array"), none))).isNull();
    assertThat(Types.unbound(String.class)).isNull();
    assertThat(Types.argument(String.class, 0)).isNull();
  }
}
