package cn.fuwukuaiche.network.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of levels in one column, e.g. "COUNTY,TOWNSHIP,VILLAGE", so a guide query can say {@code like '%VILLAGE%'}. */
@Converter
public class NodeLevelsConverter implements AttributeConverter<Set<NodeLevel>, String> {

    @Override
    public String convertToDatabaseColumn(Set<NodeLevel> levels) {
        if (levels == null || levels.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(levels).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<NodeLevel> convertToEntityAttribute(String column) {
        EnumSet<NodeLevel> set = EnumSet.noneOf(NodeLevel.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(NodeLevel::valueOf).forEach(set::add);
        }
        return set;
    }
}
