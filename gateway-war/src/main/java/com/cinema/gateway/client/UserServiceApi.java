package com.cinema.gateway.client;

import com.cinema.gateway.api.user.AuthPayload;
import com.cinema.gateway.api.user.ProfileInput;
import com.cinema.gateway.api.user.RegisterInput;
import com.cinema.gateway.api.user.User;
import com.cinema.gateway.api.user.UserPage;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The user service's GraphQL API as the gateway calls it; every call carries the caller's own token. */
@GraphQLClientApi
public interface UserServiceApi {

    @Mutation("register")
    AuthPayload register(@Name("input") @NonNull RegisterInput input);

    @Mutation("login")
    AuthPayload login(@Name("email") @NonNull String email, @Name("password") @NonNull String password);

    @Mutation("refreshToken")
    AuthPayload refreshToken(@Name("refreshToken") @NonNull String refreshToken);

    @Mutation("logout")
    Boolean logout(@Name("refreshToken") @NonNull String refreshToken);

    @Query("me")
    User me(@Header(name = "Authorization") String authorization);

    @Mutation("updateProfile")
    User updateProfile(@Header(name = "Authorization") String authorization,
                       @Name("input") @NonNull ProfileInput input);

    @Mutation("changePassword")
    Boolean changePassword(@Header(name = "Authorization") String authorization,
                           @Name("currentPassword") @NonNull String currentPassword,
                           @Name("newPassword") @NonNull String newPassword);

    @Query("users")
    UserPage users(@Header(name = "Authorization") String authorization,
                   @Name("search") String search, @Name("page") Integer page, @Name("size") Integer size);

    @Mutation("setUserRole")
    User setUserRole(@Header(name = "Authorization") String authorization,
                     @Name("userId") @Id @NonNull String userId, @Name("role") @NonNull String role,
                     @Name("granted") boolean granted);

    @Mutation("setUserStatus")
    User setUserStatus(@Header(name = "Authorization") String authorization,
                       @Name("userId") @Id @NonNull String userId, @Name("status") @NonNull String status);
}
