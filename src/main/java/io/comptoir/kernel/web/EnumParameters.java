package io.comptoir.kernel.web;

import io.comptoir.kernel.problem.InvalidParameterException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Enum query and path parameters ({@code ?status=SHIPPED}) answered 400 naming the parameter and
 * its values when the value is none of them: JAX-RS would turn the failed conversion into a bare
 * 404, as if the resource did not exist. The converter throws a {@code WebApplicationException},
 * which JAX-RS passes on instead of wrapping.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        return (ParamConverter<T>) new EnumConverter(rawType, name(annotations));
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "parameter";
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        @Override
        public String toString(E value) {
            return value.name();
        }
    }
}
