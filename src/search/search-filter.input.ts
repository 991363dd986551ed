import { Field, InputType } from "type-graphql";

import { SearchOperator } from "./search-operator.enum.js";
import { TrainingJobSearchProperty } from "./search-property.enum.js";

@InputType({
  description:
    "One condition on a training-job property (SageMaker's Filter). Name the property with exactly one of name or property.",
})
export class SearchFilter {
  @Field(() => String, {
    nullable: true,
    description:
      "Property as SageMaker names it: Metrics.<metric name>, HyperParameters.<name>, Tags.<key>, " +
      "or a path that TrainingJobSearchProperty lists, such as ResourceConfig.InstanceType.",
  })
  name?: string | null;

  @Field(() => TrainingJobSearchProperty, { nullable: true, description: "Property from the list of catalogued paths." })
  property?: TrainingJobSearchProperty | null;

  @Field(() => SearchOperator, { defaultValue: SearchOperator.EQUALS, description: "Comparison; EQUALS when absent." })
  operator!: SearchOperator;

  @Field(() => String, {
    nullable: true,
    description:
      "Value to compare with, 1 to 1,024 characters; absent for EXISTS and NOT_EXISTS. Numbers are decimals " +
      "(0.9), times are ISO-8601 (2024-05-01T12:00:00Z or 2024-05-01), Booleans are true or false, " +
      "enum properties take SageMaker's strings (Completed, not COMPLETED), and IN takes a comma-separated list.",
  })
  value?: string | null;
}
